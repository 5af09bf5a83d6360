import { describe, expect, it } from "vitest";
import { z } from "zod";
import { planFormValues, quotaPlanCreateSchema, quotaPlanSaveSchema } from "@/lib/validations/quota-plan";

const base = {
  year: "2027",
  updatedAt: "2026-12-06T10:00:00.000Z",
  name: "Kế hoạch hoạt động Trang thông tin điện tử năm 2027",
  reference: "91-KH/ĐUK",
  issuedOn: "2027-02-28",
  referenceDate: "",
  personRules: [
    { position: "STANDING_MEMBER", minInDepth: "1", minArticles: "", minNews: "", minAny: "", note: "01 bài chuyên sâu" },
    { position: "STAFF", minInDepth: "", minArticles: "", minNews: "5", minAny: "", note: "" },
  ],
  unitRules: [{ unitKind: "GRASSROOTS", period: "YEAR", minAny: "1" }],
};

function errorsOf(input: unknown): Record<string, string[] | undefined> {
  const parsed = quotaPlanSaveSchema.safeParse(input);
  if (parsed.success) throw new Error("accepted");
  return z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined>;
}

describe("quotaPlanSaveSchema", () => {
  it("reads a plan: numbers from text, blanks as 0, the number/symbol tidied, the setting as a boolean", () => {
    const parsed = quotaPlanSaveSchema.parse({ ...base, reference: " 91 - KH / ĐUK ", isArticleForNewsAllowed: "on" });
    expect(parsed).toMatchObject({
      year: 2027,
      reference: "91-KH/ĐUK",
      issuedOn: "2027-02-28",
      referenceDate: null,
      isArticleForNewsAllowed: true,
      personRules: [
        { position: "STANDING_MEMBER", minInDepth: 1, minArticles: 0, minNews: 0, minAny: 0, note: "01 bài chuyên sâu" },
        { position: "STAFF", minInDepth: 0, minArticles: 0, minNews: 5, minAny: 0, note: null },
      ],
      unitRules: [{ unitKind: "GRASSROOTS", period: "YEAR", minAny: 1, minNews: 0 }],
    });
    expect(quotaPlanSaveSchema.parse({ ...base, reference: "" }).reference).toBeNull();
    expect(quotaPlanSaveSchema.parse(base).isArticleForNewsAllowed).toBe(false);
  });

  it("refuses a negative minimum, naming the rule and the column", () => {
    const rules = [{ position: "DEPUTY", minNews: "-2", minArticles: "1" }];
    expect(errorsOf({ ...base, personRules: rules }).personRules).toEqual(["Phó ban/đoàn thể: ô “Tin” không được âm (đang nhập -2)."]);
  });

  it("refuses an absurd minimum, a fraction and text", () => {
    const errors = errorsOf({
      ...base,
      personRules: [
        { position: "HEAD", minArticles: "500" },
        { position: "STAFF", minNews: "2.5" },
        { position: "DEPUTY", minAny: "năm" },
      ],
    });
    expect(errors.personRules).toEqual([
      "Trưởng ban/đoàn thể: ô “Bài” tối đa 100 tin, bài một năm (đang nhập 500).",
      "Cán bộ/chuyên viên: ô “Tin” phải là số nguyên (đang nhập 2.5).",
      "Phó ban/đoàn thể: ô “Tin hoặc bài” phải là một số nguyên từ 0 đến 100 (đang nhập “năm”).",
    ]);
  });

  it("refuses a duplicate rule: the same position, or the same unit kind and period", () => {
    const errors = errorsOf({
      ...base,
      personRules: [
        { position: "STAFF", minNews: "5" },
        { position: "STAFF", minNews: "3" },
      ],
      unitRules: [
        { unitKind: "DEPARTMENT", period: "MONTH", minAny: "1" },
        { unitKind: "DEPARTMENT", period: "YEAR", minAny: "12" },
        { unitKind: "DEPARTMENT", period: "MONTH", minNews: "2" },
      ],
    });
    expect(errors.personRules).toEqual(["Cán bộ/chuyên viên có hai dòng quy định (dòng 1 và dòng 2): mỗi chức vụ chỉ một dòng."]);
    expect(errors.unitRules).toEqual(["Ban (hằng tháng) có hai dòng quy định (dòng 1 và dòng 3): mỗi loại đơn vị và kỳ chỉ một dòng."]);
  });

  it("refuses a rule asking nothing, and a new row without its position", () => {
    const errors = errorsOf({
      ...base,
      personRules: [{ position: "HEAD", minArticles: "0", note: "Chưa rõ" }, { position: "", minNews: "3" }],
      unitRules: [{ unitKind: "GRASSROOTS", period: "YEAR" }],
    });
    expect(errors.personRules).toEqual([
      "Trưởng ban/đoàn thể: chưa có chỉ tiêu nào lớn hơn 0; nhập ít nhất một số, hoặc bỏ dòng này.",
      "Chọn chức vụ cho dòng quy định mới.",
    ]);
    expect(errors.unitRules).toEqual(["Cấp ủy cơ sở (cả năm): chưa có chỉ tiêu nào lớn hơn 0; nhập ít nhất một số, hoặc bỏ dòng này."]);
  });

  it("drops the blank new row at the end of a table", () => {
    const parsed = quotaPlanSaveSchema.parse({ ...base, personRules: [...base.personRules, { position: "", minNews: "", note: "" }] });
    expect(parsed.personRules).toHaveLength(2);
  });

  it("refuses a year outside 2000–2100, a bad number/symbol, a reference date outside the year, a short name", () => {
    const errors = errorsOf({ ...base, year: "1999", reference: "91 KH ĐUK", referenceDate: "2026-12-31", name: "KH" });
    expect(errors.year).toEqual(["Năm phải từ 2000 đến 2100."]);
    expect(errors.reference?.[0]).toMatch(/^Số\/ký hiệu viết liền/);
    expect(errors.name).toEqual(["Tên kế hoạch cần ít nhất 5 ký tự."]);
    const dates = errorsOf({ ...base, referenceDate: "2026-12-31" });
    expect(dates.referenceDate).toEqual(["Ngày chốt chức vụ phải nằm trong năm 2027."]);
    expect(errorsOf({ ...base, issuedOn: "2027-02-30" }).issuedOn).toEqual(["Ngày ban hành không hợp lệ: nhập ngày theo dạng ngày/tháng/năm, ví dụ 15/01/2026."]);
  });
});

describe("quotaPlanCreateSchema", () => {
  it("takes a year from 2000 to 2100", () => {
    expect(quotaPlanCreateSchema.parse({ year: "2027" })).toEqual({ year: 2027 });
    expect(quotaPlanCreateSchema.safeParse({ year: "2101" }).success).toBe(false);
  });
});

describe("planFormValues", () => {
  it("turns the editor's flat field names into rows, in order", () => {
    const form = new FormData();
    form.set("year", "2027");
    form.set("$ACTION_ID_x", "ignored");
    form.set("personRules.1.position", "STAFF");
    form.set("personRules.1.minNews", "5");
    form.set("personRules.0.position", "HEAD");
    form.set("unitRules.0.unitKind", "GRASSROOTS");
    expect(planFormValues(form)).toEqual({
      year: "2027",
      personRules: [{ position: "HEAD" }, { position: "STAFF", minNews: "5" }],
      unitRules: [{ unitKind: "GRASSROOTS" }],
    });
  });
});
