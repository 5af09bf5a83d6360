import { z } from "zod";

export const markNotificationsReadSchema = z.object({
  /** The notifications to mark read; all of one's own when omitted. */
  ids: z
    .array(z.coerce.number().int().positive(), { error: "Thông báo không hợp lệ." })
    .max(500, { error: "Chọn tối đa 500 thông báo." })
    .optional(),
});
export type MarkNotificationsReadInput = z.infer<typeof markNotificationsReadSchema>;
