import { describe, expect, it } from "vitest";
import type { EditorValues } from "@/components/editor/editor-values";
import { clearLocalDrafts, localDraftKey, readLocalDraft, shouldOfferRestore, writeLocalDraft, type DraftStorage } from "@/components/editor/local-draft";

function memoryStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (index) => [...map.keys()][index] ?? null,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

const values = (title: string): EditorValues => ({
  kind: "NEWS",
  isInDepth: false,
  title,
  lead: "",
  bodyJson: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: title }] }] },
  sectionIds: [2, 1],
  tags: ["chuyển đổi số"],
  coAuthors: [],
  penName: "",
  source: "",
  cover: null,
  coverCaption: "",
  coverAlt: "",
});

describe("local drafts", () => {
  it("keeps one copy per item, the newest, keyed by item and version", () => {
    const storage = memoryStorage();
    writeLocalDraft(storage, { itemId: 5, baseVersion: 1, savedLocallyAt: "2026-11-23T07:00:00.000Z", values: values("a") });
    writeLocalDraft(storage, { itemId: 5, baseVersion: 2, savedLocallyAt: "2026-11-23T07:01:00.000Z", values: values("b") });
    writeLocalDraft(storage, { itemId: 6, baseVersion: 1, savedLocallyAt: "2026-11-23T07:02:00.000Z", values: values("c") });
    expect([...storage.map.keys()].sort()).toEqual([localDraftKey(5, 2), localDraftKey(6, 1)].sort());
    expect(readLocalDraft(storage, 5)).toMatchObject({ baseVersion: 2, values: { title: "b" } });
    clearLocalDrafts(storage, 5);
    expect(readLocalDraft(storage, 5)).toBeNull();
    expect(readLocalDraft(storage, 6)).not.toBeNull();
  });

  it("ignores broken or foreign entries", () => {
    const storage = memoryStorage();
    storage.setItem(localDraftKey(5, 1), "{not json");
    storage.setItem(localDraftKey(5, 2), JSON.stringify({ itemId: 5, baseVersion: 2, savedLocallyAt: "x", values: {} }));
    storage.setItem(localDraftKey(5, 3), JSON.stringify({ itemId: 99, baseVersion: 3, savedLocallyAt: "2026-11-23T07:00:00.000Z", values: values("x") }));
    storage.setItem(localDraftKey(5, 4), JSON.stringify({ itemId: 5, baseVersion: 4, savedLocallyAt: "2026-11-23T07:00:00.000Z", values: { ...values("x"), bodyJson: { type: "script" } } }));
    expect(readLocalDraft(storage, 5)).toBeNull();
  });

  it("survives a full or blocked storage", () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
    expect(writeLocalDraft(storage, { itemId: 1, baseVersion: 1, savedLocallyAt: "2026-11-23T07:00:00.000Z", values: values("a") })).toBe(false);
  });

  it("offers a restore only for a newer copy that differs from the server", () => {
    const server = { updatedAt: "2026-11-23T07:00:00.000Z", values: values("server") };
    const draft = (title: string, at: string) => ({ itemId: 1, baseVersion: 1, savedLocallyAt: at, values: values(title) });
    expect(shouldOfferRestore(null, server)).toBe(false);
    expect(shouldOfferRestore(draft("mine", "2026-11-23T07:05:00.000Z"), server)).toBe(true);
    expect(shouldOfferRestore(draft("mine", "2026-11-23T06:59:00.000Z"), server)).toBe(false);
    expect(shouldOfferRestore(draft("server", "2026-11-23T07:05:00.000Z"), server)).toBe(false);
    // Same content with keys in another order is the same.
    const reordered = { ...draft("server", "2026-11-23T07:05:00.000Z"), values: Object.fromEntries(Object.entries(values("server")).reverse()) as EditorValues };
    expect(shouldOfferRestore(reordered, server)).toBe(false);
  });
});
