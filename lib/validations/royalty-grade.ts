import { z } from "zod";
import type { RoyaltyGenre } from "@/lib/generated/prisma/enums";
import { ROYALTY_GENRES, ROYALTY_MESSAGES } from "@/lib/royalties/royalty-labels";
import { FULL_SHARE, formatSharePercent, parseCoefficient, parseSharePercent } from "@/lib/royalties/royalty-maths";

// What the board sends to grade an item (in the publish dialog or on the item
// page) and to correct a grade. The coefficient comes as Vietnamese write it
// ("1,5") and leaves as hundredths; shares come as percents ("33,34") and
// leave as basis points adding up to 10000. Whether the coefficient and the
// bonus are within the year's table is checked by the use case, which has it.

const text = z.union([z.string(), z.number()]).optional();
const id = (message: string) => z.coerce.number({ error: message }).int({ error: message }).positive({ error: message });

export const royaltyGradeInputSchema = z
  .object({
    genre: z.enum(ROYALTY_GENRES as unknown as [RoyaltyGenre, ...RoyaltyGenre[]], { error: "Chọn thể loại." }),
    grade: z
      .string({ error: "Chọn loại." })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9]{1,3}$/, { error: "Chọn loại." }),
    coefficient: text.transform((raw, context) => {
      const value = parseCoefficient(raw);
      if (value === null || value <= 0) {
        context.addIssue({ code: "custom", message: "Hệ số phải là số lớn hơn 0, tối đa hai chữ số thập phân (ví dụ 1,5)." });
        return z.NEVER;
      }
      return value;
    }),
    bonusId: z
      .union([z.literal(""), z.null(), id("Khoản thưởng không hợp lệ.")])
      .optional()
      .transform((value) => (value === "" || value == null ? null : value)),
    bonusPercent: text.transform((raw, context) => {
      const value = String(raw ?? "").trim();
      if (value === "") return 0;
      if (!/^\d{1,4}$/.test(value)) {
        context.addIssue({ code: "custom", message: "Tỷ lệ thưởng là số nguyên (%)." });
        return z.NEVER;
      }
      return Number(value);
    }),
    note: z
      .string()
      .trim()
      .max(500, { error: "Ghi chú dài tối đa 500 ký tự." })
      .optional()
      .transform((value) => value || null),
    /** Absent or empty: equal shares among the item's authors. */
    shares: z.array(z.object({ userId: id("Tác giả không hợp lệ."), percent: text })).max(20).optional(),
  })
  .transform((input, context) => {
    if (input.bonusId === null && input.bonusPercent > 0) context.addIssue({ code: "custom", path: ["bonusId"], message: ROYALTY_MESSAGES.bonusWithoutChoice });
    let shares: { userId: number; basisPoints: number }[] | null = null;
    if (input.shares && input.shares.length > 0) {
      shares = [];
      for (const share of input.shares) {
        const basisPoints = parseSharePercent(share.percent);
        if (basisPoints === null) {
          context.addIssue({ code: "custom", path: ["shares"], message: "Tỷ lệ chia của mỗi tác giả là số từ 0 đến 100, tối đa hai chữ số thập phân." });
          return z.NEVER;
        }
        shares.push({ userId: share.userId, basisPoints });
      }
      const total = shares.reduce((sum, share) => sum + share.basisPoints, 0);
      if (total !== FULL_SHARE) context.addIssue({ code: "custom", path: ["shares"], message: ROYALTY_MESSAGES.sharesTotal(formatSharePercent(total)) });
      if (new Set(shares.map((share) => share.userId)).size !== shares.length) context.addIssue({ code: "custom", path: ["shares"], message: ROYALTY_MESSAGES.sharesMismatch });
    }
    return { ...input, shares };
  });

export type RoyaltyGradeInput = z.output<typeof royaltyGradeInputSchema>;
export type RoyaltyGradeRawInput = z.input<typeof royaltyGradeInputSchema>;

const reason = z
  .string({ error: ROYALTY_MESSAGES.reasonRequired })
  .trim()
  .min(5, { error: ROYALTY_MESSAGES.reasonRequired })
  .max(1000, { error: "Lý do dài tối đa 1000 ký tự." });

export const gradeItemSchema = z.object({ itemId: id("Không rõ bài cần chấm."), grade: royaltyGradeInputSchema });
export const regradeItemSchema = z.object({ itemId: id("Không rõ bài cần sửa."), reason, grade: royaltyGradeInputSchema });
export type RegradeItemInput = z.output<typeof regradeItemSchema>;
