export type ViewCounts = Map<number, number>;

type ViewCounterOptions = {
  /** Writes the counts; must not throw for a partial failure it has handled. */
  write: (counts: ViewCounts) => Promise<void>;
  /** The longest a view waits in memory before it is written. */
  intervalMs: number;
  /** Ceiling on distinct items held while the database is unreachable. */
  maxPending?: number;
};

/**
 * Buffers page views in memory and writes them in one batch per interval, so
 * a popular article costs one UPDATE every few seconds rather than one per
 * reader, and a reader never waits on it. Views in the buffer are lost if the
 * process dies: an acceptable price for a counter.
 */
export function createViewCounter({ write, intervalMs, maxPending = 10_000 }: ViewCounterOptions) {
  let pending: ViewCounts = new Map();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let isWriting = false;

  async function flush(): Promise<void> {
    timer = undefined;
    if (isWriting || pending.size === 0) return;
    const batch = pending;
    pending = new Map();
    isWriting = true;
    try {
      await write(batch);
    } catch {
      // Keep the views for the next attempt, unless the buffer is already full
      // (a long outage): then dropping them beats growing without bound.
      for (const [id, count] of batch) {
        if (pending.size >= maxPending && !pending.has(id)) break;
        pending.set(id, (pending.get(id) ?? 0) + count);
      }
    } finally {
      isWriting = false;
      if (pending.size > 0) schedule();
    }
  }

  function schedule() {
    if (timer) return;
    timer = setTimeout(() => void flush(), intervalMs);
    // A pending write must never keep a script or test process alive.
    timer.unref?.();
  }

  return {
    record(itemId: number) {
      if (pending.size >= maxPending && !pending.has(itemId)) return;
      pending.set(itemId, (pending.get(itemId) ?? 0) + 1);
      schedule();
    },
    flush,
    pendingCount: () => [...pending.values()].reduce((sum, n) => sum + n, 0),
  };
}
