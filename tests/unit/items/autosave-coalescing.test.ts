import { describe, expect, it } from "vitest";
import { shouldCoalesceAutosave, type LatestRevision } from "@/lib/items/autosave-coalescing";

const now = new Date("2026-11-23T08:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const item = { version: 4, statusChangedAt: ago(60 * 60_000) };
const latest: LatestRevision = { isAutosave: true, savedById: 7, version: 4, updatedAt: ago(60_000) };
const decide = (overrides: Partial<Parameters<typeof shouldCoalesceAutosave>[0]> = {}) =>
  shouldCoalesceAutosave({ isAutosave: true, actorId: 7, now, item, latest, ...overrides });

describe("autosave coalescing", () => {
  it("updates the same person's checkpoint within five minutes", () => {
    expect(decide()).toBe(true);
    expect(decide({ latest: { ...latest, updatedAt: ago(5 * 60_000 - 1) } })).toBe(true);
  });

  it("starts a new revision otherwise", () => {
    expect(decide({ isAutosave: false })).toBe(false); // a manual save
    expect(decide({ latest: null })).toBe(false);
    expect(decide({ latest: { ...latest, isAutosave: false } })).toBe(false); // after a manual save
    expect(decide({ actorId: 8 })).toBe(false); // another person
    expect(decide({ latest: { ...latest, updatedAt: ago(5 * 60_000) } })).toBe(false); // five minutes old
    expect(decide({ latest: { ...latest, version: 3 } })).toBe(false); // the item changed since
    expect(decide({ item: { ...item, statusChangedAt: ago(30_000) } })).toBe(false); // a workflow move since
    expect(decide({ latest: { ...latest, updatedAt: new Date(now.getTime() + 1000) } })).toBe(false); // a clock gone backwards
  });
});
