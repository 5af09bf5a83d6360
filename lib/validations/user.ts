import { z } from "zod";
import { Position, Role } from "@/lib/generated/prisma/enums";

// People (accounts) as the administrator edits them. Shared by the client
// forms (instant Vietnamese messages) and the server actions (the real check).

const id = (message: string) => z.coerce.number({ error: message }).int({ error: message }).positive({ error: message });

export const personName = z
  .string({ error: "Nhập họ và tên." })
  .trim()
  .min(1, { error: "Nhập họ và tên.", abort: true })
  .min(2, { error: "Họ và tên cần ít nhất 2 ký tự." })
  .max(120, { error: "Họ và tên dài tối đa 120 ký tự." });

const personFields = {
  name: personName,
  position: z.enum(Position, { error: "Chọn chức vụ." }),
  unitId: id("Chọn đơn vị."),
  roles: z
    .array(z.enum(Role, { error: "Vai trò không hợp lệ." }), { error: "Chọn ít nhất một vai trò." })
    .min(1, { error: "Chọn ít nhất một vai trò." })
    .transform((roles) => [...new Set(roles)]),
};

export const personCreateSchema = z.object({
  ...personFields,
  email: z
    .string({ error: "Nhập thư điện tử." })
    .trim()
    .toLowerCase()
    .min(1, { error: "Nhập thư điện tử." })
    .max(200, { error: "Thư điện tử dài tối đa 200 ký tự." })
    .pipe(z.email({ error: "Thư điện tử không hợp lệ." })),
});
export type PersonCreateInput = z.infer<typeof personCreateSchema>;

export const personUpdateSchema = z.object({ userId: id("Không rõ người cần sửa."), ...personFields });
export type PersonUpdateInput = z.infer<typeof personUpdateSchema>;

export const personIdSchema = z.object({ userId: id("Không rõ người cần thao tác.") });
export type PersonIdInput = z.infer<typeof personIdSchema>;

export const personActiveSchema = z.object({
  userId: id("Không rõ người cần thao tác."),
  isActive: z.enum(["true", "false"]).transform((value) => value === "true"),
});
export type PersonActiveInput = z.infer<typeof personActiveSchema>;

/**
 * A form's values as the schemas expect them: checkboxes named "roles"
 * arrive as several entries, which Object.fromEntries would collapse.
 */
export function personFormValues(formData: FormData): Record<string, unknown> {
  return { ...Object.fromEntries(formData), roles: formData.getAll("roles") };
}

// ── The list's filters (a GET form: bad values are ignored, never an error) ──

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const peopleFilterSchema = z.object({
  q: optional(z.string().trim().max(100).transform((value) => value || undefined)),
  unitId: optional(z.coerce.number().int().positive()),
  role: optional(z.enum(Role)),
  position: optional(z.enum(Position)),
  status: z.enum(["active", "inactive", "all"]).catch("all"),
});
export type PeopleFilter = z.infer<typeof peopleFilterSchema>;

/** The URL's search params (`?q=&donvi=&vaitro=&chucvu=&trangthai=`) as a filter. */
export function parsePeopleFilter(params: Record<string, string | string[] | undefined>): PeopleFilter {
  const first = (key: string) => {
    const value = params[key];
    return Array.isArray(value) ? value[0] : value;
  };
  return peopleFilterSchema.parse({
    q: first("q"),
    unitId: first("donvi") || undefined,
    role: first("vaitro") || undefined,
    position: first("chucvu") || undefined,
    status: first("trangthai") || "all",
  });
}
