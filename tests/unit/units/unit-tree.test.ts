import { describe, expect, it } from "vitest";
import { descendantIds, flattenTree, wouldCreateCycle } from "@/lib/units/unit-tree";

const unit = (id: number, parentId: number | null, sortOrder = 0, name = `Đơn vị ${id}`) => ({ id, parentId, sortOrder, name });

// 1 ─┬─ 2 ── 4
//    └─ 3
// 5 (a second root)
const UNITS = [unit(4, 2), unit(3, 1, 2), unit(2, 1, 1), unit(1, null), unit(5, null, 1)];

describe("flattenTree", () => {
  it("lists each unit followed by its children, in sort order, with depth", () => {
    expect(flattenTree(UNITS).map((u) => [u.id, u.depth])).toEqual([
      [1, 0],
      [2, 1],
      [4, 2],
      [3, 1],
      [5, 0],
    ]);
  });

  it("sorts siblings with the same order by Vietnamese name", () => {
    const units = [unit(1, null, 0, "Đoàn Thanh niên"), unit(2, null, 0, "Ban Tuyên giáo"), unit(3, null, 0, "Công đoàn")];
    expect(flattenTree(units).map((u) => u.name)).toEqual(["Ban Tuyên giáo", "Công đoàn", "Đoàn Thanh niên"]);
  });

  it("shows a unit whose parent is missing as a root and never loops on a hand-made cycle", () => {
    const units = [unit(1, 99), unit(2, 3), unit(3, 2)];
    const flat = flattenTree(units);
    expect(flat.map((u) => u.id).sort()).toEqual([1, 2, 3]);
    expect(flat.find((u) => u.id === 1)?.depth).toBe(0);
  });
});

describe("descendantIds and wouldCreateCycle", () => {
  it("finds every unit below, at any depth", () => {
    expect([...descendantIds(UNITS, 1)].sort()).toEqual([2, 3, 4]);
    expect([...descendantIds(UNITS, 4)]).toEqual([]);
  });

  it("refuses a move under itself or under one of its descendants", () => {
    expect(wouldCreateCycle(UNITS, 1, 1)).toBe(true);
    expect(wouldCreateCycle(UNITS, 1, 4)).toBe(true);
    expect(wouldCreateCycle(UNITS, 2, 4)).toBe(true);
  });

  it("allows a move elsewhere or to the root", () => {
    expect(wouldCreateCycle(UNITS, 4, 3)).toBe(false);
    expect(wouldCreateCycle(UNITS, 2, 5)).toBe(false);
    expect(wouldCreateCycle(UNITS, 2, null)).toBe(false);
  });
});
