import { z } from "zod";
import { UnitKind } from "@/lib/generated/prisma/enums";

const id = (message: string) => z.coerce.number({ error: message }).int({ error: message }).positive({ error: message });

/** An optional parent: "" (no parent, a root unit) or a unit id. */
const parentId = z
  .union([z.literal("").transform(() => null), z.null(), id("Đơn vị cấp trên không hợp lệ.")])
  .optional()
  .transform((value) => value ?? null);

const unitName = z
  .string({ error: "Nhập tên đơn vị." })
  .trim()
  .min(1, { error: "Nhập tên đơn vị.", abort: true })
  .min(2, { error: "Tên đơn vị cần ít nhất 2 ký tự." })
  .max(200, { error: "Tên đơn vị dài tối đa 200 ký tự." });

const shortName = z
  .string()
  .trim()
  .max(40, { error: "Tên viết tắt dài tối đa 40 ký tự." })
  .optional()
  .transform((value) => value || null);

export const unitCreateSchema = z.object({
  name: unitName,
  shortName,
  kind: z.enum(UnitKind, { error: "Chọn loại đơn vị." }),
  parentId,
});
export type UnitCreateInput = z.infer<typeof unitCreateSchema>;

export const unitRenameSchema = z.object({
  unitId: id("Không rõ đơn vị cần sửa."),
  name: unitName,
  shortName,
  kind: z.enum(UnitKind, { error: "Chọn loại đơn vị." }),
});
export type UnitRenameInput = z.infer<typeof unitRenameSchema>;

export const unitMoveSchema = z.object({ unitId: id("Không rõ đơn vị cần chuyển."), parentId });
export type UnitMoveInput = z.infer<typeof unitMoveSchema>;

export const unitIdSchema = z.object({ unitId: id("Không rõ đơn vị cần thao tác.") });
export type UnitIdInput = z.infer<typeof unitIdSchema>;

export const unitActiveSchema = z.object({
  unitId: id("Không rõ đơn vị cần thao tác."),
  isActive: z.enum(["true", "false"]).transform((value) => value === "true"),
});
export type UnitActiveInput = z.infer<typeof unitActiveSchema>;
