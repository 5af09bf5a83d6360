import { describe, expect, it } from "vitest";
import { changedFields } from "@/lib/audit/changed-fields";

describe("changedFields", () => {
  const before = { name: "Chi bộ 1", unitId: 3, note: null as string | null, at: new Date("2025-01-02T03:04:05Z") };

  it("names only the audited fields whose values differ, with both sides' values", () => {
    const after = { ...before, name: "Chi bộ 2", note: "mới" };
    expect(changedFields(before, after, ["name", "unitId", "note"])).toEqual({
      changed: ["name", "note"],
      from: { name: "Chi bộ 1", note: null },
      to: { name: "Chi bộ 2", note: "mới" },
    });
  });

  it("finds nothing when nothing changed", () => {
    expect(changedFields(before, { ...before }, ["name", "unitId", "note"])).toEqual({ changed: [], from: {}, to: {} });
  });

  it("ignores a change outside the audited fields", () => {
    expect(changedFields(before, { ...before, unitId: 4 }, ["name"]).changed).toEqual([]);
  });

  it("compares and keeps values as normalize gives them", () => {
    const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);
    const sameDay = { ...before, at: new Date("2025-01-02T20:00:00Z") };
    expect(changedFields(before, sameDay, ["at"], day).changed).toEqual([]);
    const nextDay = { ...before, at: new Date("2025-01-03T00:00:00Z") };
    expect(changedFields(before, nextDay, ["at"], day)).toEqual({ changed: ["at"], from: { at: "2025-01-02" }, to: { at: "2025-01-03" } });
  });

  it("keeps a missing value as null", () => {
    const row = (note?: string) => ({ note });
    expect(changedFields(row(), row("x"), ["note"])).toEqual({ changed: ["note"], from: { note: null }, to: { note: "x" } });
  });
});
