import type { PageEntry } from "./page-entry";

// The cached pages of one server process: least recently used first out when
// the byte budget is full, every entry dropped at once by purge(), entries
// older than maxAgeMs refilled (a backstop for changes made outside the app,
// e.g. straight in SQL). One fill per key at a time: a burst of readers of a
// page nobody has cached waits for one render, not one render each.

export type Fill = () => Promise<PageEntry | null>;

export class PageStore {
  private readonly entries = new Map<string, PageEntry>();
  private readonly fills = new Map<string, Promise<PageEntry | null>>();
  private usedBytes = 0;
  /** Bumped by purge(): a fill that started before it must not store what it rendered. */
  private generation = 0;

  constructor(private readonly options: { maxBytes: number; maxAgeMs: number; now?: () => number }) {}

  get bytes(): number {
    return this.usedBytes;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The fresh entry for `key`, or the result of one shared `fill` (stored unless a purge came in between). */
  async get(key: string, fill: Fill): Promise<{ entry: PageEntry | null; isHit: boolean }> {
    const cached = this.fresh(key);
    if (cached) return { entry: cached, isHit: true };
    let pending = this.fills.get(key);
    if (!pending) {
      pending = this.runFill(key, fill);
      this.fills.set(key, pending);
    }
    return { entry: await pending, isHit: false };
  }

  purge(): void {
    this.generation += 1;
    this.entries.clear();
    this.fills.clear();
    this.usedBytes = 0;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private fresh(key: string): PageEntry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (this.now() - entry.storedAt > this.options.maxAgeMs) {
      this.usedBytes -= entry.bytes;
      return undefined;
    }
    this.entries.set(key, entry); // most recently used last
    return entry;
  }

  private async runFill(key: string, fill: Fill): Promise<PageEntry | null> {
    const generation = this.generation;
    try {
      const entry = await fill();
      if (entry && generation === this.generation) this.store(key, entry);
      return entry;
    } finally {
      if (generation === this.generation) this.fills.delete(key);
    }
  }

  private store(key: string, entry: PageEntry): void {
    if (entry.bytes > this.options.maxBytes) return;
    const previous = this.entries.get(key);
    if (previous) this.usedBytes -= previous.bytes;
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.usedBytes += entry.bytes;
    for (const [oldKey, old] of this.entries) {
      if (this.usedBytes <= this.options.maxBytes) break;
      this.entries.delete(oldKey);
      this.usedBytes -= old.bytes;
    }
  }
}
