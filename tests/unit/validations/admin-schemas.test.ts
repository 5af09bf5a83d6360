import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseAuditFilter } from "@/lib/validations/audit";
import { sectionCreateSchema, sectionUpdateSchema } from "@/lib/validations/section";
import { unitCreateSchema } from "@/lib/validations/unit";
import { parsePeopleFilter, personCreateSchema, personFormValues } from "@/lib/validations/user";

const errorsOf = (schema: z.ZodType, input: unknown): Record<string, string[] | undefined> => {
  const result = schema.safeParse(input);
  return result.success ? {} : (z.flattenError(result.error).fieldErrors as Record<string, string[] | undefined>);
};

describe("person form", () => {
  it("keeps every checked role (FormData holds several entries)", () => {
    const form = new FormData();
    form.append("name", "  Trần Văn An ");
    form.append("email", " An@Example.VN ");
    form.append("position", "STAFF");
    form.append("unitId", "3");
    form.append("roles", "CONTRIBUTOR");
    form.append("roles", "SECRETARY");
    expect(personCreateSchema.parse(personFormValues(form))).toEqual({
      name: "Trần Văn An",
      email: "an@example.vn",
      position: "STAFF",
      unitId: 3,
      roles: ["CONTRIBUTOR", "SECRETARY"],
    });
  });

  it("explains each problem in Vietnamese", () => {
    const form = new FormData();
    form.append("name", "");
    form.append("email", "khong-phai-thu");
    form.append("position", "");
    form.append("unitId", "");
    expect(errorsOf(personCreateSchema, personFormValues(form))).toEqual({
      name: ["Nhập họ và tên."],
      email: ["Thư điện tử không hợp lệ."],
      position: ["Chọn chức vụ."],
      unitId: ["Chọn đơn vị."],
      roles: ["Chọn ít nhất một vai trò."],
    });
  });

  it("refuses an unknown role", () => {
    expect(errorsOf(personCreateSchema, { name: "An", email: "a@b.vn", position: "STAFF", unitId: 1, roles: ["ROOT"] }).roles).toEqual([
      "Vai trò không hợp lệ.",
    ]);
  });
});

describe("unit and section forms", () => {
  it("reads an empty parent as a root unit", () => {
    expect(unitCreateSchema.parse({ name: "Chi bộ 1", kind: "CELL", parentId: "" })).toMatchObject({ parentId: null, shortName: null });
    expect(unitCreateSchema.parse({ name: "Chi bộ 1", kind: "CELL", parentId: "4" }).parentId).toBe(4);
  });

  it("clears the target when no cadence is set, and checks a new slug's shape", () => {
    expect(sectionCreateSchema.parse({ name: "Gương điển hình", cadence: "NONE", cadenceTarget: "3" }).cadenceTarget).toBe(0);
    expect(sectionCreateSchema.parse({ name: "Gương điển hình", cadence: "WEEKLY", cadenceTarget: "3" }).cadenceTarget).toBe(3);
    const base = { sectionId: "1", name: "Gương điển hình", cadence: "DAILY", cadenceTarget: "1" };
    expect(sectionUpdateSchema.parse({ ...base, slug: "" }).slug).toBeUndefined();
    expect(errorsOf(sectionUpdateSchema, { ...base, slug: "Gương Điển Hình" }).slug?.[0]).toMatch(/^Đường dẫn chỉ gồm/);
    expect(errorsOf(sectionCreateSchema, { name: "", cadence: "DAILY", cadenceTarget: "-1" })).toEqual({
      name: ["Nhập tên chuyên mục."],
      cadenceTarget: ["Chỉ tiêu không được âm."],
    });
  });
});

describe("list filters from the URL", () => {
  it("keeps valid people filters and ignores the rest", () => {
    expect(parsePeopleFilter({ q: " nguyen ", donvi: "3", vaitro: "SECRETARY", chucvu: "HEAD", trangthai: "active" })).toEqual({
      q: "nguyen",
      unitId: 3,
      role: "SECRETARY",
      position: "HEAD",
      status: "active",
    });
    expect(parsePeopleFilter({ donvi: "abc", vaitro: "GOD", trangthai: "x", q: "" })).toEqual({
      q: undefined,
      unitId: undefined,
      role: undefined,
      position: undefined,
      status: "all",
    });
  });

  it("keeps valid audit filters and ignores the rest", () => {
    expect(parseAuditFilter({ nguoi: "5", hanhdong: "people.update-roles", tu: "2026-11-01", den: "2026-11-30" })).toEqual({
      actorId: 5,
      action: "people.update-roles",
      from: "2026-11-01",
      to: "2026-11-30",
    });
    // The date fields send dd/mm/yyyy; a day that is not on the calendar is ignored.
    expect(parseAuditFilter({ tu: "01/11/2026" }).from).toBe("2026-11-01");
    expect(parseAuditFilter({ nguoi: "x", hanhdong: "<script>", tu: "31/11/2026" })).toEqual({
      actorId: undefined,
      action: undefined,
      from: undefined,
      to: undefined,
    });
  });
});
