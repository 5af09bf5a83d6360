// A copy of the unsaved form in the browser's localStorage, written on every
// change, so a closed tab, a crash or a dropped connection loses nothing.
// Keyed by item and by the version the text was based on.
import { z } from "zod";
import { sameValues, type EditorValues } from "./editor-values";

export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

export type LocalDraft = { itemId: number; baseVersion: number; savedLocallyAt: string; values: EditorValues };

const PREFIX = "ttdt:ban-chua-luu:";
const itemPrefix = (itemId: number) => `${PREFIX}${itemId}:`;
export const localDraftKey = (itemId: number, baseVersion: number) => `${itemPrefix(itemId)}v${baseVersion}`;

// What comes back from storage is checked before it may reach the editor.
const draftSchema = z.object({
  itemId: z.number().int().positive(),
  baseVersion: z.number().int().positive(),
  savedLocallyAt: z.iso.datetime(),
  values: z
    .object({
      kind: z.enum(["NEWS", "ARTICLE", "PHOTO_STORY", "VIDEO"]),
      isInDepth: z.boolean(),
      title: z.string(),
      lead: z.string(),
      bodyJson: z.object({ type: z.literal("doc") }).passthrough(),
      sectionIds: z.array(z.number().int()),
      tags: z.array(z.string()),
      coAuthors: z.array(z.object({ id: z.number().int(), name: z.string() })),
      penName: z.string(),
      source: z.string(),
      cover: z.object({ id: z.number().int(), url: z.string(), width: z.number().nullable(), height: z.number().nullable(), alt: z.string().nullable() }).nullable(),
      coverCaption: z.string(),
      coverAlt: z.string(),
    }),
});

function keysOf(storage: DraftStorage, itemId: number): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.startsWith(itemPrefix(itemId))) keys.push(key);
  }
  return keys;
}

/** Keeps one copy per item: the newest. Storage full or blocked is not an error worth showing. */
export function writeLocalDraft(storage: DraftStorage, draft: LocalDraft): boolean {
  const key = localDraftKey(draft.itemId, draft.baseVersion);
  try {
    storage.setItem(key, JSON.stringify(draft));
    for (const other of keysOf(storage, draft.itemId)) if (other !== key) storage.removeItem(other);
    return true;
  } catch {
    return false;
  }
}

export function readLocalDraft(storage: DraftStorage, itemId: number): LocalDraft | null {
  let newest: LocalDraft | null = null;
  try {
    for (const key of keysOf(storage, itemId)) {
      let raw: unknown;
      try {
        raw = JSON.parse(storage.getItem(key) ?? "null");
      } catch {
        continue;
      }
      const parsed = draftSchema.safeParse(raw);
      if (!parsed.success || parsed.data.itemId !== itemId) continue;
      const draft = parsed.data as LocalDraft;
      if (!newest || draft.savedLocallyAt > newest.savedLocallyAt) newest = draft;
    }
  } catch {
    return null;
  }
  return newest;
}

export function clearLocalDrafts(storage: DraftStorage, itemId: number): void {
  try {
    for (const key of keysOf(storage, itemId)) storage.removeItem(key);
  } catch {
    // Blocked storage: nothing was kept, nothing to clear.
  }
}

/**
 * Offer "Khôi phục bản chưa lưu" only for a copy written after the server's
 * last save that differs from what the server has.
 */
export function shouldOfferRestore(draft: LocalDraft | null, server: { updatedAt: string; values: EditorValues }): draft is LocalDraft {
  if (!draft) return false;
  if (Date.parse(draft.savedLocallyAt) <= Date.parse(server.updatedAt)) return false;
  return !sameValues(draft.values, server.values);
}
