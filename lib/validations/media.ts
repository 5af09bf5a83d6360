import { z } from "zod";
import { MediaKind } from "@/lib/generated/prisma/enums";

// Alt text and caption of a stored file (the upload form and the media
// library's edit form), and the library's filters.

export const MEDIA_TEXT_LIMITS = { alt: 500, caption: 1000, query: 100 } as const;

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, { error: message })
    .nullish()
    .transform((value) => value || null);

export const mediaTextFields = {
  alt: optionalText(MEDIA_TEXT_LIMITS.alt, `Mô tả ảnh dài tối đa ${MEDIA_TEXT_LIMITS.alt} ký tự.`),
  caption: optionalText(MEDIA_TEXT_LIMITS.caption, `Chú thích dài tối đa ${MEDIA_TEXT_LIMITS.caption} ký tự.`),
};

export const mediaTextSchema = z.object(mediaTextFields);
export type MediaTextInput = z.infer<typeof mediaTextSchema>;

export const mediaUpdateSchema = z.object({
  mediaId: z.coerce.number({ error: "Không rõ tệp cần sửa." }).int().positive({ error: "Không rõ tệp cần sửa." }),
  ...mediaTextFields,
});
export type MediaUpdateInput = z.infer<typeof mediaUpdateSchema>;

/** ?kind=IMAGE&q=…&trang=N, forgiving: anything malformed means "no filter". */
export const mediaListQuerySchema = z.object({
  kind: z.enum(MediaKind).optional().catch(undefined),
  q: z
    .string()
    .optional()
    .catch(undefined)
    .transform((value) => value?.normalize("NFC").replace(/[\p{Cc}]/gu, " ").replace(/\s+/g, " ").trim().slice(0, MEDIA_TEXT_LIMITS.query) || undefined),
  trang: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type MediaListQuery = z.infer<typeof mediaListQuerySchema>;
