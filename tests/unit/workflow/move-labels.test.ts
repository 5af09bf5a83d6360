import { describe, expect, it } from "vitest";
import type { ItemStatus } from "@/lib/generated/prisma/enums";
import { describeEvent, MOVE_LABELS } from "@/lib/workflow/move-labels";
import { MOVES, WORKFLOW_MOVES } from "@/lib/workflow/transitions";

describe("workflow wording", () => {
  it("labels every move, and only the moves", () => {
    expect(Object.keys(MOVE_LABELS).sort()).toEqual([...WORKFLOW_MOVES].sort());
  });

  it("every move a person makes has a button, a question, a note label, a result and a history name", () => {
    for (const move of WORKFLOW_MOVES.filter((m) => MOVES[m].party !== "system")) {
      const label = MOVE_LABELS[move];
      for (const text of [label.button, label.confirm, label.noteLabel, label.done, label.event]) expect(text.trim()).not.toBe("");
      // A required note says so in its label; an optional one too.
      expect(label.noteLabel).toMatch(MOVES[move].isNoteRequired ? /\(bắt buộc\)$/ : /\(không bắt buộc\)$/);
    }
  });

  it("uses the agreed button wording", () => {
    expect(Object.fromEntries(WORKFLOW_MOVES.map((m) => [m, MOVE_LABELS[m].button]))).toEqual({
      submit: "Gửi thư ký",
      withdraw: "Rút lại",
      return: "Trả lại tác giả",
      reject: "Không sử dụng",
      forward: "Chuyển Ban Biên tập",
      sendBack: "Trả lại thư ký",
      publish: "Duyệt và đăng ngay",
      schedule: "Hẹn giờ đăng",
      unschedule: "Hủy hẹn giờ",
      publishScheduled: "",
      unpublish: "Gỡ bài",
      republish: "Đăng lại",
    });
  });

  it("names every event the table can record", () => {
    for (const move of WORKFLOW_MOVES) {
      for (const from of MOVES[move].from as readonly ItemStatus[]) {
        const name = describeEvent(from, MOVES[move].to);
        expect(name).not.toContain("→");
        if (move !== "publishScheduled") expect(name).toBe(from === "RETURNED" ? "Gửi lại thư ký" : MOVE_LABELS[move].event);
      }
    }
    expect(describeEvent(null, "DRAFT")).toBe("Tạo bài");
    expect(describeEvent("PUBLISHED", "PUBLISHED")).toBe("Đính chính");
    // Not a move of the table (e.g. data made by hand): both statuses, in words.
    expect(describeEvent("DRAFT", "PUBLISHED")).toBe("Bản nháp → Đã đăng");
  });
});
