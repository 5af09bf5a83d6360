import { z } from "zod";
import { Cadence } from "@/lib/generated/prisma/enums";
import { SLUG_MAX_LENGTH } from "@/lib/content/slug";
import { sectionChannelFields, toChannelTargets } from "@/lib/validations/section-channels";

const id = (message: string) => z.coerce.number({ error: message }).int({ error: message }).positive({ error: message });

const sectionFields = {
  name: z
    .string({ error: "Nhập tên chuyên mục." })
    .trim()
    .min(1, { error: "Nhập tên chuyên mục.", abort: true })
    .min(2, { error: "Tên chuyên mục cần ít nhất 2 ký tự." })
    .max(120, { error: "Tên chuyên mục dài tối đa 120 ký tự." }),
  description: z
    .string()
    .trim()
    .max(500, { error: "Mô tả dài tối đa 500 ký tự." })
    .optional()
    .transform((value) => value || null),
  cadence: z.enum(Cadence, { error: "Chọn nhịp đăng bài." }),
  cadenceTarget: z.coerce
    .number({ error: "Chỉ tiêu phải là một số." })
    .int({ error: "Chỉ tiêu phải là số nguyên." })
    .min(0, { error: "Chỉ tiêu không được âm." })
    .max(1000, { error: "Chỉ tiêu tối đa 1000." }),
  ...sectionChannelFields,
};

/** A target only means something with a cadence: "Không đặt" clears it. */
const cadenceTargetRule = <T extends { cadence: Cadence; cadenceTarget: number }>(value: T) =>
  value.cadence === "NONE" ? { ...value, cadenceTarget: 0 } : value;

export const sectionCreateSchema = z.object(sectionFields).transform(cadenceTargetRule).transform(toChannelTargets);
export type SectionCreateInput = z.infer<typeof sectionCreateSchema>;

export const sectionUpdateSchema = z
  .object({
    sectionId: id("Không rõ chuyên mục cần sửa."),
    ...sectionFields,
    // Published URLs carry the slug: it changes only when asked to, explicitly.
    slug: z
      .string()
      .trim()
      .max(SLUG_MAX_LENGTH, { error: `Đường dẫn dài tối đa ${SLUG_MAX_LENGTH} ký tự.` })
      .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, {
        error: "Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: theo-guong-bac).",
      })
      .optional()
      .transform((value) => value || undefined),
  })
  .transform(cadenceTargetRule)
  .transform(toChannelTargets);
export type SectionUpdateInput = z.infer<typeof sectionUpdateSchema>;

export const sectionMoveSchema = z.object({
  sectionId: id("Không rõ chuyên mục cần chuyển."),
  direction: z.enum(["up", "down"], { error: "Hướng chuyển không hợp lệ." }),
});
export type SectionMoveInput = z.infer<typeof sectionMoveSchema>;

export const sectionVisibilitySchema = z.object({
  sectionId: id("Không rõ chuyên mục cần thao tác."),
  isVisible: z.enum(["true", "false"]).transform((value) => value === "true"),
});
export type SectionVisibilityInput = z.infer<typeof sectionVisibilitySchema>;
