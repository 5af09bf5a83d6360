import { describe, expect, it } from "vitest";
import { diffText } from "@/lib/items/text-diff";

const rebuild = (parts: ReturnType<typeof diffText>, side: "before" | "after") =>
  parts.filter((p) => (side === "before" ? !p.added : !p.removed)).map((p) => p.value).join("");

describe("diffText", () => {
  it("marks Vietnamese words added and removed, whole words only", () => {
    const before = "Đảng ủy tổ chức hội nghị sơ kết.";
    const after = "Đảng ủy Khối tổ chức hội nghị tổng kết.";
    const parts = diffText(before, after);
    expect(parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(["Khối", "tổng"]);
    expect(parts.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(["sơ"]);
    expect(rebuild(parts, "before")).toBe(before);
    expect(rebuild(parts, "after")).toBe(after);
  });

  it("returns plain parts with no flags for unchanged text, none for empty", () => {
    expect(diffText("Giữ nguyên", "Giữ nguyên")).toEqual([{ value: "Giữ nguyên" }]);
    expect(diffText("", "")).toEqual([]);
    expect(diffText("", "Mới")).toEqual([{ value: "Mới", added: true }]);
  });
});
