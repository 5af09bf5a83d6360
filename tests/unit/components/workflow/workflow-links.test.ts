import { describe, expect, it } from "vitest";

describe("after a move", () => {
  it("sends the person back to their desk when the item has left it, else keeps them on the item", async () => {
    const { afterMoveHref } = await import("@/components/workflow/after-move");
    const { parseMoveFlash } = await import("@/components/workflow/move-flash");
    expect(afterMoveHref("forward", "SUBMITTED")).toBe("/quan-tri/bien-tap?xong=forward");
    expect(afterMoveHref("return", "SUBMITTED")).toBe("/quan-tri/bien-tap?xong=return");
    expect(afterMoveHref("reject", "SUBMITTED")).toBe("/quan-tri/bien-tap?xong=reject");
    expect(afterMoveHref("reject", "FORWARDED")).toBe("/quan-tri/phe-duyet?xong=reject");
    expect(afterMoveHref("publish", "FORWARDED")).toBe("/quan-tri/phe-duyet?xong=publish");
    expect(afterMoveHref("submit", "DRAFT")).toBe("/quan-tri/bai-viet?xong=submit");
    expect(afterMoveHref("withdraw", "SUBMITTED")).toBeNull();
    expect(afterMoveHref("unpublish", "PUBLISHED")).toBeNull();
    expect(parseMoveFlash("forward")).toBe("forward");
    expect(parseMoveFlash(["publish", "x"])).toBe("publish");
    expect(parseMoveFlash("<script>")).toBeNull();
  });

  it("reads the revision pair to compare", async () => {
    const { parseComparePair, compareHref } = await import("@/components/workflow/revision-links");
    expect(parseComparePair(["4", "9"])).toEqual({ pair: [4, 9] });
    expect(parseComparePair(undefined)).toEqual({ problem: "none" });
    expect(parseComparePair("4")).toEqual({ problem: "count" });
    expect(parseComparePair(["4", "4"])).toEqual({ problem: "count" });
    expect(parseComparePair(["1", "2", "3"])).toEqual({ problem: "count" });
    expect(compareHref(7, 4, 9)).toBe("/quan-tri/bai-viet/7/phien-ban?so-sanh=4&so-sanh=9");
  });

  it("names the bell with its unread count", async () => {
    const { bellLabel } = await import("@/components/workflow/notification-bell");
    expect(bellLabel(3)).toBe("Thông báo, 3 chưa đọc");
    expect(bellLabel(0)).toBe("Thông báo");
  });
});
