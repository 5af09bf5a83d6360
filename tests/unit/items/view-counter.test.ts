import { afterEach, describe, expect, it, vi } from "vitest";
import { createViewCounter, type ViewCounts } from "@/lib/items/view-counter";

afterEach(() => vi.useRealTimers());

describe("createViewCounter", () => {
  it("writes all views of an interval in one batch", async () => {
    vi.useFakeTimers();
    const batches: ViewCounts[] = [];
    const counter = createViewCounter({ write: async (c) => void batches.push(new Map(c)), intervalMs: 5000 });
    counter.record(1);
    counter.record(1);
    counter.record(2);
    expect(batches).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(5000);
    expect(batches).toEqual([new Map([[1, 2], [2, 1]])]);
    expect(counter.pendingCount()).toBe(0);
  });

  it("keeps the views of a failed write for the next one", async () => {
    vi.useFakeTimers();
    let isDown = true;
    const batches: ViewCounts[] = [];
    const counter = createViewCounter({
      write: async (c) => {
        if (isDown) throw new Error("database unavailable");
        batches.push(new Map(c));
      },
      intervalMs: 1000,
    });
    counter.record(7);
    await vi.advanceTimersByTimeAsync(1000);
    expect(counter.pendingCount()).toBe(1);
    isDown = false;
    counter.record(7);
    await vi.advanceTimersByTimeAsync(1000);
    expect(batches).toEqual([new Map([[7, 2]])]);
  });

  it("stops growing when the buffer is full", () => {
    const counter = createViewCounter({ write: async () => {}, intervalMs: 1000, maxPending: 2 });
    counter.record(1);
    counter.record(2);
    counter.record(3);
    counter.record(2);
    expect(counter.pendingCount()).toBe(3);
  });
});
