// Shared by the editing tests: bodies and save inputs as the editor sends them.
import { itemSaveSchema, type ItemSaveInput } from "@/lib/validations/item";

export const doc = (...paragraphs: string[]) => ({
  type: "doc" as const,
  content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
});

export function saveInput(
  itemId: number,
  version: number,
  fields: Partial<Omit<ItemSaveInput, "itemId" | "version" | "bodyJson">> & { bodyJson?: unknown } = {},
): ItemSaveInput {
  return itemSaveSchema.parse({ itemId, version, kind: "NEWS", title: "", lead: "", bodyJson: doc("Nội dung."), ...fields });
}

export const minutes = (base: Date, n: number) => new Date(base.getTime() + n * 60_000);
