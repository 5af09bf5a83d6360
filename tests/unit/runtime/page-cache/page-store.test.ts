import { describe, expect, it } from "vitest";
import { createPageEntry, type PageEntry } from "@/lib/runtime/page-cache/page-entry";
import { PageStore } from "@/lib/runtime/page-cache/page-store";

const entryOf = (text: string): PageEntry =>
  createPageEntry({ status: 200, headers: [], body: Buffer.from(text), secret: "c2VjcmV0LW5vbmNlLTEyMzQ=" });

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe("the page store", () => {
  it("renders a page once for a burst of readers, then answers from memory", async () => {
    const store = new PageStore({ maxBytes: 1e6, maxAgeMs: 60_000 });
    let renders = 0;
    const gate = deferred<PageEntry>();
    const fill = () => {
      renders += 1;
      return gate.promise;
    };
    const burst = Array.from({ length: 20 }, () => store.get("/", fill));
    gate.resolve(entryOf("trang chủ"));
    const results = await Promise.all(burst);
    expect(renders).toBe(1);
    expect(results.every((r) => r.entry?.pieces[0]?.toString() === "trang chủ")).toBe(true);
    const again = await store.get("/", fill);
    expect(again.isHit).toBe(true);
    expect(renders).toBe(1);
  });

  it("after a purge renders again, and never stores a render that began before the purge", async () => {
    const store = new PageStore({ maxBytes: 1e6, maxAgeMs: 60_000 });
    const stale = deferred<PageEntry>();
    const before = store.get("/bai-viet/a", () => stale.promise);
    store.purge(); // an item is published while the old page is being rendered
    const after = store.get("/bai-viet/a", async () => entryOf("mới"));
    stale.resolve(entryOf("cũ"));
    expect((await before).entry?.pieces[0]?.toString()).toBe("cũ");
    expect((await after).entry?.pieces[0]?.toString()).toBe("mới");
    const next = await store.get("/bai-viet/a", async () => entryOf("lần ba"));
    expect(next.isHit).toBe(true);
    expect(next.entry?.pieces[0]?.toString()).toBe("mới");
  });

  it("does not keep what must not be shared, and asks again next time", async () => {
    const store = new PageStore({ maxBytes: 1e6, maxAgeMs: 60_000 });
    expect((await store.get("/x", async () => null)).entry).toBeNull();
    expect((await store.get("/x", async () => entryOf("x"))).isHit).toBe(false);
  });

  it("drops the least recently used pages when the budget is full", async () => {
    const one = entryOf("a".repeat(1000));
    const store = new PageStore({ maxBytes: one.bytes * 2 + 10, maxAgeMs: 60_000 });
    await store.get("/1", async () => entryOf("a".repeat(1000)));
    await store.get("/2", async () => entryOf("b".repeat(1000)));
    await store.get("/1", async () => entryOf("unused")); // /1 is now the most recent
    await store.get("/3", async () => entryOf("c".repeat(1000)));
    expect((await store.get("/1", async () => entryOf("again"))).isHit).toBe(true);
    expect((await store.get("/2", async () => entryOf("again"))).isHit).toBe(false);
    expect(store.bytes).toBeLessThanOrEqual(one.bytes * 2 + 10);
  });

  it("renders again a page older than the maximum age", async () => {
    let now = 0;
    const store = new PageStore({ maxBytes: 1e6, maxAgeMs: 1000, now: () => now });
    const first = entryOf("một");
    first.storedAt = 0;
    await store.get("/", async () => first);
    now = 500;
    expect((await store.get("/", async () => entryOf("hai"))).isHit).toBe(true);
    now = 1500;
    expect((await store.get("/", async () => entryOf("hai"))).isHit).toBe(false);
  });
});
