import { z } from "zod";
import { ItemKind } from "@/lib/generated/prisma/enums";
import { royaltyGradeInputSchema } from "@/lib/validations/royalty-grade";
import { WORKFLOW_MOVES } from "@/lib/workflow/transitions";

// What the editor sends and the workflow actions take. The body's structure is
// checked separately against the editor's own Tiptap schema
// (lib/content/validate-body.ts); here it only has to be a document object.

const id = (message: string) => z.coerce.number({ error: message }).int({ error: message }).positive({ error: message });

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} dài tối đa ${max} ký tự.` })
    .optional()
    .transform((value) => value || null);

export const ITEM_LIMITS = {
  title: 300,
  lead: 1000,
  sections: 5,
  tags: 10,
  tag: 60,
  coAuthors: 10,
  /** The stored body JSON, in characters: about 150 pages of text. */
  bodyChars: 2_000_000,
} as const;

export const itemIdSchema = z.object({ itemId: id("Không rõ bài cần thao tác.") });

export const itemCreateSchema = z.object({
  kind: z.enum(ItemKind, { error: "Chọn loại tin, bài." }).default("NEWS"),
});
export type ItemCreateInput = z.infer<typeof itemCreateSchema>;

/**
 * One save of the editor: everything the author can change. A draft may be
 * incomplete (an autosave of a blank title is fine); what submitting needs is
 * checked by lib/workflow/check-ready.ts.
 */
export const itemSaveSchema = z.object({
  itemId: id("Không rõ bài cần lưu."),
  /** The version the editor last read: a different current version is a conflict. */
  version: z.coerce.number().int().positive(),
  isAutosave: z.boolean().default(false),
  kind: z.enum(ItemKind, { error: "Chọn loại tin, bài." }),
  isInDepth: z.boolean().default(false),
  title: z.string().trim().max(ITEM_LIMITS.title, { error: `Tiêu đề dài tối đa ${ITEM_LIMITS.title} ký tự.` }),
  lead: z.string().trim().max(ITEM_LIMITS.lead, { error: `Sa-pô dài tối đa ${ITEM_LIMITS.lead} ký tự.` }),
  bodyJson: z
    .object({ type: z.literal("doc") }, { error: "Nội dung bài viết không hợp lệ." })
    .passthrough()
    .refine((doc) => JSON.stringify(doc).length <= ITEM_LIMITS.bodyChars, { error: "Nội dung bài quá dài." }),
  sectionIds: z
    .array(id("Chuyên mục không hợp lệ."))
    .max(ITEM_LIMITS.sections, { error: `Chọn tối đa ${ITEM_LIMITS.sections} chuyên mục.` })
    .default([]),
  tags: z
    .array(z.string().trim().min(1).max(ITEM_LIMITS.tag, { error: `Mỗi từ khóa dài tối đa ${ITEM_LIMITS.tag} ký tự.` }))
    .max(ITEM_LIMITS.tags, { error: `Tối đa ${ITEM_LIMITS.tags} từ khóa.` })
    .default([]),
  coAuthorIds: z
    .array(id("Đồng tác giả không hợp lệ."))
    .max(ITEM_LIMITS.coAuthors, { error: `Tối đa ${ITEM_LIMITS.coAuthors} đồng tác giả.` })
    .default([]),
  penName: optionalText(100, "Bút danh"),
  source: optionalText(300, "Nguồn"),
  coverImageId: id("Ảnh đại diện không hợp lệ.").nullable().default(null),
  coverCaption: optionalText(300, "Chú thích ảnh đại diện"),
  coverAlt: optionalText(300, "Mô tả ảnh đại diện"),
});
export type ItemSaveInput = z.infer<typeof itemSaveSchema>;


/** A workflow move; a required note is checked against the table in the use case. */
export const itemMoveSchema = z.object({
  itemId: id("Không rõ bài cần thao tác."),
  move: z.enum(WORKFLOW_MOVES as [string, ...string[]], { error: "Thao tác không hợp lệ." }),
  /** The reason or instruction; required for the moves the table says. */
  note: z
    .string()
    .trim()
    .max(2000, { error: "Ghi chú dài tối đa 2000 ký tự." })
    .optional()
    .transform((value) => value || null),
  /** For "schedule": when to publish (ISO date-time, Vietnam time from the form). */
  scheduledAt: z.iso.datetime({ offset: true, error: "Thời điểm đăng không hợp lệ." }).optional(),
  /** For "publish"/"schedule": the board's royalty grade, written with the move (lib/royalties). */
  grade: royaltyGradeInputSchema.optional(),
});
export type ItemMoveInput = z.infer<typeof itemMoveSchema>;

export const itemCorrectionSchema = itemSaveSchema.extend({
  correctionNote: z
    .string({ error: "Nhập nội dung đính chính." })
    .trim()
    .min(5, { error: "Nội dung đính chính cần ít nhất 5 ký tự." })
    .max(1000, { error: "Nội dung đính chính dài tối đa 1000 ký tự." }),
});
export type ItemCorrectionInput = z.infer<typeof itemCorrectionSchema>;

export const editorialNoteSchema = z.object({
  itemId: id("Không rõ bài cần góp ý."),
  body: z
    .string({ error: "Nhập nội dung góp ý." })
    .trim()
    .min(1, { error: "Nhập nội dung góp ý." })
    .max(2000, { error: "Góp ý dài tối đa 2000 ký tự." }),
});
export type EditorialNoteInput = z.infer<typeof editorialNoteSchema>;

export const restoreRevisionSchema = z.object({
  itemId: id("Không rõ bài."),
  revisionId: id("Không rõ phiên bản."),
  version: z.coerce.number().int().positive(),
});
export type RestoreRevisionInput = z.infer<typeof restoreRevisionSchema>;

export const featureItemSchema = z.object({
  itemId: id("Không rõ bài."),
  isFeatured: z.boolean(),
});
export type FeatureItemInput = z.infer<typeof featureItemSchema>;

/** Filters of "Bài của tôi" and the queues (from the URL). */
export const itemListFilterSchema = z.object({
  status: z.string().optional(),
  kind: z.enum(ItemKind).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  trang: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
