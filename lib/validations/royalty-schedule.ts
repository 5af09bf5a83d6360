import { z } from "zod";
import type { RoyaltyGenre } from "@/lib/generated/prisma/enums";
import { GENRE_LABELS, ROYALTY_GENRES } from "@/lib/royalties/royalty-labels";
import { formatCoefficient, parseCoefficient, parseVnd } from "@/lib/royalties/royalty-maths";
import { tableFormValues } from "@/lib/validations/form-tables";

// A year's royalty settings as the editor sends them and the action takes:
// base salary, unit value and budget in whole VND, the genre × grade table
// of coefficients (min ≤ default ≤ max, all > 0, one row per genre and
// grade) and the bonuses (a name, 0 ≤ min ≤ max ≤ 1000 %). Refusals name the
// row and the column.

export const SCHEDULE_YEAR_MIN = 2000;
export const SCHEDULE_YEAR_MAX = 2100;
/** A coefficient above 100 is certainly a typing error. */
export const COEFFICIENT_MAX = 100_00;
export const BONUS_PERCENT_MAX = 1000;
/** Whole VND above this are a typing error (a hundred million for one unit…). */
export const UNIT_VALUE_MAX = 100_000_000;
export const BUDGET_MAX = 1_000_000_000_000;

const cell = z.union([z.string(), z.number()]).optional();
const rateRow = z.object({ genre: z.string().optional(), grade: z.string().optional(), min: cell, default: cell, max: cell });
const bonusRow = z.object({ name: z.string().optional(), minPercent: cell, maxPercent: cell });

export const scheduleYearField = z.coerce
  .number({ error: "Năm phải là một số." })
  .int({ error: "Năm phải là số nguyên." })
  .min(SCHEDULE_YEAR_MIN, { error: `Năm phải từ ${SCHEDULE_YEAR_MIN} đến ${SCHEDULE_YEAR_MAX}.` })
  .max(SCHEDULE_YEAR_MAX, { error: `Năm phải từ ${SCHEDULE_YEAR_MIN} đến ${SCHEDULE_YEAR_MAX}.` });

const vnd = (label: string, { min, max }: { min: number; max: number }) =>
  cell.transform((raw, context) => {
    const value = parseVnd(raw);
    if (value === null) {
      context.addIssue({ code: "custom", message: `${label} phải là số tiền nguyên (đồng), ví dụ 2.340.000.` });
      return z.NEVER;
    }
    if (value < min || value > max) {
      context.addIssue({ code: "custom", message: `${label} phải từ ${min.toLocaleString("vi-VN")} đến ${max.toLocaleString("vi-VN")} đồng.` });
      return z.NEVER;
    }
    return value;
  });

export type RateInput = { genre: RoyaltyGenre; grade: string; minCoefficient: number; defaultCoefficient: number; maxCoefficient: number };
export type BonusInput = { name: string; minPercent: number; maxPercent: number };

const isBlank = (...values: unknown[]) => values.every((value) => String(value ?? "").trim() === "");

function checkRates(rows: z.infer<typeof rateRow>[], context: z.RefinementCtx): RateInput[] {
  const seen = new Map<string, number>();
  const rates: RateInput[] = [];
  const issue = (message: string) => context.addIssue({ code: "custom", message });
  rows.forEach((row, index) => {
    const line = `Dòng ${index + 1} của bảng hệ số`;
    const grade = (row.grade ?? "").trim().toUpperCase();
    if (!row.genre && isBlank(grade, row.min, row.default, row.max)) return;
    if (!row.genre || !(ROYALTY_GENRES as readonly string[]).includes(row.genre)) return issue(`${line}: chọn thể loại.`);
    const genre = row.genre as RoyaltyGenre;
    const where = `${GENRE_LABELS[genre]}${grade ? `, loại ${grade}` : ""}`;
    if (!/^[A-Z0-9]{1,3}$/.test(grade)) return issue(`${line} (${where}): nhập tên loại ngắn (A, B, C…).`);
    const key = `${genre}:${grade}`;
    if (seen.has(key)) return issue(`${where} có hai dòng (dòng ${seen.get(key)! + 1} và dòng ${index + 1}): mỗi thể loại và loại chỉ một dòng.`);
    seen.set(key, index);
    const numbers: Record<"min" | "default" | "max", number> = { min: 0, default: 0, max: 0 };
    const columns = { min: "Hệ số tối thiểu", default: "Hệ số mặc định", max: "Hệ số tối đa" } as const;
    for (const column of ["min", "default", "max"] as const) {
      const value = parseCoefficient(row[column]);
      if (value === null) return issue(`${where}: ô “${columns[column]}” phải là số, tối đa hai chữ số thập phân (ví dụ 1,5).`);
      if (value <= 0) return issue(`${where}: ô “${columns[column]}” phải lớn hơn 0.`);
      if (value > COEFFICIENT_MAX) return issue(`${where}: ô “${columns[column]}” tối đa ${formatCoefficient(COEFFICIENT_MAX)}.`);
      numbers[column] = value;
    }
    if (!(numbers.min <= numbers.default && numbers.default <= numbers.max)) {
      return issue(`${where}: cần tối thiểu ≤ mặc định ≤ tối đa (đang là ${formatCoefficient(numbers.min)} / ${formatCoefficient(numbers.default)} / ${formatCoefficient(numbers.max)}).`);
    }
    rates.push({ genre, grade, minCoefficient: numbers.min, defaultCoefficient: numbers.default, maxCoefficient: numbers.max });
  });
  if (rates.length === 0 && seen.size === 0) issue("Bảng hệ số cần ít nhất một dòng.");
  return rates;
}

function checkBonuses(rows: z.infer<typeof bonusRow>[], context: z.RefinementCtx): BonusInput[] {
  const seen = new Set<string>();
  const bonuses: BonusInput[] = [];
  const issue = (message: string) => context.addIssue({ code: "custom", message });
  rows.forEach((row, index) => {
    const name = (row.name ?? "").replace(/\s+/g, " ").trim();
    if (isBlank(name, row.minPercent, row.maxPercent)) return;
    const line = `Khoản thưởng dòng ${index + 1}`;
    if (name.length < 3 || name.length > 200) return issue(`${line}: tên khoản thưởng từ 3 đến 200 ký tự.`);
    if (seen.has(name.toLowerCase())) return issue(`Khoản thưởng “${name}” có hai dòng.`);
    seen.add(name.toLowerCase());
    const min = Number(String(row.minPercent ?? "").trim());
    const max = Number(String(row.maxPercent ?? "").trim());
    const isPercent = (value: number, raw: unknown) => String(raw ?? "").trim() !== "" && Number.isInteger(value) && value >= 0 && value <= BONUS_PERCENT_MAX;
    if (!isPercent(min, row.minPercent) || !isPercent(max, row.maxPercent)) return issue(`“${name}”: tỷ lệ thưởng là số nguyên từ 0 đến ${BONUS_PERCENT_MAX} %.`);
    if (min > max) return issue(`“${name}”: tỷ lệ tối thiểu (${min} %) lớn hơn tối đa (${max} %).`);
    bonuses.push({ name, minPercent: min, maxPercent: max });
  });
  return bonuses;
}

// Each table is checked on its own, so its refusals show beside the others'.
export const royaltyScheduleSaveSchema = z.object({
  year: scheduleYearField,
  /** The schedule's updatedAt as the editor read it (optimistic locking). */
  updatedAt: z.string({ error: "Thiếu phiên bản của định mức: tải lại trang." }).min(1, { error: "Thiếu phiên bản của định mức: tải lại trang." }),
  baseSalaryVnd: vnd("Mức lương cơ sở", { min: 1, max: UNIT_VALUE_MAX }),
  unitValueVnd: vnd("Giá trị một đơn vị hệ số", { min: 1, max: UNIT_VALUE_MAX }),
  budgetVnd: vnd("Dự toán kinh phí", { min: 0, max: BUDGET_MAX }),
  note: z
    .string()
    .trim()
    .max(1000, { error: "Ghi chú dài tối đa 1000 ký tự." })
    .optional()
    .transform((value) => value || null),
  rates: z.array(rateRow).default([]).transform(checkRates),
  bonuses: z.array(bonusRow).default([]).transform(checkBonuses),
});

export type RoyaltyScheduleSaveInput = z.output<typeof royaltyScheduleSaveSchema>;

export const royaltyScheduleCreateSchema = z.object({ year: scheduleYearField });
export type RoyaltyScheduleCreateInput = z.output<typeof royaltyScheduleCreateSchema>;

/** The editor's FormData as the schema's shape: "rates.0.min" → { rates: [{ min }] }. */
export function scheduleFormValues(formData: FormData): Record<string, unknown> {
  return tableFormValues(formData, ["rates", "bonuses"]);
}
