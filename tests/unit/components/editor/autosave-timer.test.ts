import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAutosaveTimer } from "@/components/editor/autosave-timer";

describe("createAutosaveTimer", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("fires once, a few seconds after the last change", () => {
    const onFire = vi.fn();
    const timer = createAutosaveTimer({ delayMs: 5000, maxWaitMs: 20000, onFire });
    timer.poke();
    vi.advanceTimersByTime(3000);
    timer.poke();
    vi.advanceTimersByTime(4999);
    expect(onFire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onFire).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60000);
    expect(onFire).toHaveBeenCalledTimes(1);
  });

  it("does not wait forever while someone types without pausing", () => {
    const onFire = vi.fn();
    const timer = createAutosaveTimer({ delayMs: 5000, maxWaitMs: 20000, onFire });
    for (let second = 0; second < 30; second += 1) {
      timer.poke();
      vi.advanceTimersByTime(1000);
    }
    expect(onFire).toHaveBeenCalledTimes(1);
    expect(timer.isPending()).toBe(true);
  });

  it("flush fires a running countdown at once; cancel drops it", () => {
    const onFire = vi.fn();
    const timer = createAutosaveTimer({ delayMs: 5000, maxWaitMs: 20000, onFire });
    timer.flush();
    expect(onFire).not.toHaveBeenCalled();
    timer.poke();
    timer.flush();
    expect(onFire).toHaveBeenCalledTimes(1);
    timer.poke();
    timer.cancel();
    vi.advanceTimersByTime(10000);
    expect(onFire).toHaveBeenCalledTimes(1);
  });
});
