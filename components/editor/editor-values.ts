// What the editor form holds, and how it becomes one save of the item.
import type { z } from "zod";
import type { EditorItem } from "@/lib/items/editor-types";
import type { itemSaveSchema } from "@/lib/validations/item";

/** The item's fields the form edits (sectionIds: the first is the primary section); optional texts are "" while typed, not null. */
export type EditorValues = Pick<EditorItem, "kind" | "isInDepth" | "title" | "lead" | "bodyJson" | "sectionIds" | "tags" | "coAuthors" | "cover"> & {
  penName: string;
  source: string;
  coverCaption: string;
  coverAlt: string;
};

export type SaveFields = Omit<z.input<typeof itemSaveSchema>, "itemId" | "version" | "isAutosave">;

export function valuesFromItem(item: EditorItem): EditorValues {
  return {
    kind: item.kind,
    isInDepth: item.isInDepth,
    title: item.title,
    lead: item.lead,
    bodyJson: item.bodyJson,
    sectionIds: item.sectionIds,
    tags: item.tags,
    coAuthors: item.coAuthors,
    penName: item.penName ?? "",
    source: item.source ?? "",
    cover: item.cover,
    coverCaption: item.coverCaption ?? "",
    coverAlt: item.coverAlt ?? "",
  };
}

/** The fields of saveItemAction / correctItemAction, from the form. */
export function saveFields(values: EditorValues): SaveFields {
  return {
    kind: values.kind,
    // Only articles can be in-depth.
    isInDepth: values.kind === "ARTICLE" && values.isInDepth,
    title: values.title,
    lead: values.lead,
    bodyJson: values.bodyJson,
    sectionIds: values.sectionIds,
    tags: values.tags,
    coAuthorIds: values.coAuthors.map((person) => person.id),
    penName: values.penName,
    source: values.source,
    coverImageId: values.cover?.id ?? null,
    coverCaption: values.cover ? values.coverCaption : "",
    coverAlt: values.cover ? values.coverAlt : "",
  };
}

/** Splits "a, b; c" into distinct trimmed tags. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(/[,;\n]/)) {
    const tag = raw.trim().replace(/\s+/g, " ");
    const key = tag.toLocaleLowerCase("vi");
    if (tag && !seen.has(key)) {
      seen.add(key);
      tags.push(tag);
    }
  }
  return tags;
}

/** Same content? (key order does not matter) */
export function sameValues(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : inner,
  );
}
