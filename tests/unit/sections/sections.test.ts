import { describe, expect, it } from "vitest";
import { cadenceText } from "@/lib/sections/labels";
import { reorder } from "@/lib/sections/reorder";

describe("section order", () => {
  it("swaps a section with its neighbour and stays put at either end", () => {
    expect(reorder([1, 2, 3], 2, "up")).toEqual([2, 1, 3]);
    expect(reorder([1, 2, 3], 2, "down")).toEqual([1, 3, 2]);
    expect(reorder([1, 2, 3], 1, "up")).toEqual([1, 2, 3]);
    expect(reorder([1, 2, 3], 3, "down")).toEqual([1, 2, 3]);
    expect(reorder([1, 2, 3], 9, "up")).toEqual([1, 2, 3]);
  });
});

describe("section labels", () => {
  it("describes a cadence target", () => {
    expect(cadenceText("WEEKLY", 2)).toBe("Hằng tuần: ít nhất 2 tin, bài");
    expect(cadenceText("NONE", 5)).toBe("Không đặt");
    expect(cadenceText("DAILY", 0)).toBe("Không đặt");
  });
});
