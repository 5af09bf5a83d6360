import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defaultRoyaltySchedule } from "@/lib/royalties/default-schedule";
import { formatCoefficient } from "@/lib/royalties/royalty-maths";
import { royaltyGradeInputSchema } from "@/lib/validations/royalty-grade";
import { royaltyScheduleSaveSchema, scheduleFormValues } from "@/lib/validations/royalty-schedule";

const messages = (result: { success: boolean; error?: z.ZodError }) => (result.error ? Object.values(z.flattenError(result.error).fieldErrors).flat() : []);

const base = {
  year: "2026",
  updatedAt: "2026-01-01T00:00:00.000Z",
  baseSalaryVnd: "2.340.000",
  unitValueVnd: "234.000",
  budgetVnd: "120.000.000",
  rates: [{ genre: "NEWS", grade: "a", min: "0,8", default: "1", max: "1,2" }],
  bonuses: [{ name: "Tác phẩm về đồng bào dân tộc thiểu số", minPercent: "10", maxPercent: "20" }],
};

describe("royalty settings validation", () => {
  it("turns the editor's text into whole VND and hundredths", () => {
    const parsed = royaltyScheduleSaveSchema.parse(base);
    expect(parsed).toMatchObject({ baseSalaryVnd: 2_340_000, unitValueVnd: 234_000, budgetVnd: 120_000_000 });
    expect(parsed.rates).toEqual([{ genre: "NEWS", grade: "A", minCoefficient: 80, defaultCoefficient: 100, maxCoefficient: 120 }]);
    expect(parsed.bonuses).toEqual([{ name: "Tác phẩm về đồng bào dân tộc thiểu số", minPercent: 10, maxPercent: 20 }]);
  });

  it("refuses a default outside min–max, zero, a duplicate cell and fractional money, naming the row", () => {
    const result = royaltyScheduleSaveSchema.safeParse({
      ...base,
      unitValueVnd: "234.000,5",
      rates: [
        { genre: "NEWS", grade: "A", min: "1", default: "2", max: "1,5" },
        { genre: "ARTICLE", grade: "B", min: "0", default: "1", max: "2" },
        { genre: "ARTICLE", grade: "C", min: "1", default: "1", max: "2" },
        { genre: "ARTICLE", grade: "C", min: "1", default: "1", max: "2" },
      ],
      bonuses: [{ name: "Thưởng", minPercent: "20", maxPercent: "10" }],
    });
    expect(result.success).toBe(false);
    const all = messages(result);
    expect(all).toContain("Giá trị một đơn vị hệ số phải là số tiền nguyên (đồng), ví dụ 2.340.000.");
    expect(all).toContain("Tin, loại A: cần tối thiểu ≤ mặc định ≤ tối đa (đang là 1 / 2 / 1,5).");
    expect(all).toContain("Bài, loại B: ô “Hệ số tối thiểu” phải lớn hơn 0.");
    expect(all).toContain("Bài, loại C có hai dòng (dòng 3 và dòng 4): mỗi thể loại và loại chỉ một dòng.");
    expect(all).toContain("“Thưởng”: tỷ lệ tối thiểu (20 %) lớn hơn tối đa (10 %).");
  });

  it("ignores blank new rows and reads the flat form names", () => {
    const form = new FormData();
    form.set("year", "2026");
    form.set("rates.1.genre", "VIDEO");
    form.set("rates.1.grade", "A");
    form.set("rates.1.min", "2");
    form.set("rates.1.default", "3");
    form.set("rates.1.max", "4");
    form.set("rates.0.genre", "");
    form.set("rates.0.grade", "");
    const values = scheduleFormValues(form) as { rates: unknown[] };
    expect(values.rates).toHaveLength(2);
    const parsed = royaltyScheduleSaveSchema.parse({ ...base, rates: values.rates });
    expect(parsed.rates).toEqual([{ genre: "VIDEO", grade: "A", minCoefficient: 200, defaultCoefficient: 300, maxCoefficient: 400 }]);
  });

  it("offers defaults that pass its own checks, with the unit at 10 % of the base salary", () => {
    const defaults = defaultRoyaltySchedule();
    expect(defaults).toMatchObject({ baseSalaryVnd: 2_340_000, unitValueVnd: 234_000 });
    const parsed = royaltyScheduleSaveSchema.parse({
      ...base,
      rates: defaults.rates.map((rate) => ({ genre: rate.genre, grade: rate.grade, min: formatCoefficient(rate.minCoefficient), default: formatCoefficient(rate.defaultCoefficient), max: formatCoefficient(rate.maxCoefficient) })),
      bonuses: defaults.bonuses.map((bonus) => ({ name: bonus.name, minPercent: String(bonus.minPercent), maxPercent: String(bonus.maxPercent) })),
    });
    expect(parsed.rates).toHaveLength(15);
  });
});

describe("grade input validation", () => {
  it("reads the coefficient with a comma and the shares as percents", () => {
    const parsed = royaltyGradeInputSchema.parse({ genre: "ARTICLE", grade: "a", coefficient: "2,75", bonusId: "3", bonusPercent: "15", shares: [{ userId: "1", percent: "66,67" }, { userId: 2, percent: "33,33" }] });
    expect(parsed).toMatchObject({ grade: "A", coefficient: 275, bonusId: 3, bonusPercent: 15, note: null });
    expect(parsed.shares).toEqual([{ userId: 1, basisPoints: 6_667 }, { userId: 2, basisPoints: 3_333 }]);
  });

  it("leaves the shares equal when none are sent, and refuses shares that are not 100 %", () => {
    expect(royaltyGradeInputSchema.parse({ genre: "NEWS", grade: "B", coefficient: "1" }).shares).toBeNull();
    const result = royaltyGradeInputSchema.safeParse({ genre: "NEWS", grade: "B", coefficient: "1", shares: [{ userId: 1, percent: "50" }, { userId: 2, percent: "40" }] });
    expect(messages(result)).toContain("Tổng tỷ lệ chia phải bằng 100 % (đang là 90 %).");
  });

  it("refuses a missing coefficient and a bonus percent without a bonus", () => {
    expect(messages(royaltyGradeInputSchema.safeParse({ genre: "NEWS", grade: "B", coefficient: "" }))).toContain(
      "Hệ số phải là số lớn hơn 0, tối đa hai chữ số thập phân (ví dụ 1,5).",
    );
    expect(messages(royaltyGradeInputSchema.safeParse({ genre: "NEWS", grade: "B", coefficient: "1", bonusPercent: "10" }))).toContain(
      "Chọn khoản thưởng trước khi nhập tỷ lệ thưởng.",
    );
  });
});
