// The scheduler's timer without a database: runs never overlap, a failed
// cache expiry is retried on the next run, stop() waits for a run.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const publishDueItems = vi.fn<(options: { now?: Date }) => Promise<number[]>>();
vi.mock("@/lib/server/workflow/publish-due-items", () => ({ publishDueItems }));

const { startScheduler, catchUpScheduledItems } = await import("@/lib/server/workflow/scheduler");

beforeEach(() => {
  vi.useFakeTimers();
  publishDueItems.mockReset();
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  vi.spyOn(console, "log").mockImplementation(() => undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("scheduler", () => {
  it("catches up batch after batch until nothing is due, with the time given", async () => {
    publishDueItems.mockResolvedValueOnce([4, 7]).mockResolvedValueOnce([9]).mockResolvedValue([]);
    const now = new Date("2026-03-01T01:00:00Z");
    expect(await catchUpScheduledItems(now)).toEqual([4, 7, 9]);
    expect(publishDueItems).toHaveBeenCalledTimes(3);
    expect(publishDueItems).toHaveBeenCalledWith({ now });
  });

  it("runs every interval and expires the caches only after something was published", async () => {
    publishDueItems.mockResolvedValueOnce([]).mockResolvedValueOnce([12]).mockResolvedValue([]);
    const onPublished = vi.fn(async () => undefined);
    const scheduler = startScheduler({ intervalSeconds: 30, onPublished });
    await vi.advanceTimersByTimeAsync(29_000);
    expect(publishDueItems).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(publishDueItems).toHaveBeenCalledTimes(1);
    expect(onPublished).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(onPublished).toHaveBeenCalledWith([12]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(onPublished).toHaveBeenCalledTimes(1);
    await scheduler.stop();
  });

  it("retries a failed cache expiry on the next run, with every id still waiting", async () => {
    publishDueItems.mockResolvedValueOnce([1]).mockResolvedValueOnce([2]).mockResolvedValue([]);
    const onPublished = vi.fn<(ids: number[]) => Promise<void>>().mockRejectedValueOnce(new Error("server starting"));
    const scheduler = startScheduler({ intervalSeconds: 5, onPublished });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(onPublished).toHaveBeenLastCalledWith([1]);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(onPublished).toHaveBeenLastCalledWith([1, 2]);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(onPublished).toHaveBeenCalledTimes(2);
    await scheduler.stop();
  });

  it("never overlaps runs and stops cleanly; a failing run does not stop the timer", async () => {
    let release: () => void = () => undefined;
    publishDueItems
      .mockImplementationOnce(() => new Promise((resolve) => (release = () => resolve([]))))
      .mockRejectedValueOnce(new Error("database down"))
      .mockResolvedValue([]);
    const scheduler = startScheduler({ intervalSeconds: 1, onPublished: async () => undefined });
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(publishDueItems).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(publishDueItems).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(publishDueItems).toHaveBeenCalledTimes(3);
    await scheduler.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(publishDueItems).toHaveBeenCalledTimes(3);
  });
});
