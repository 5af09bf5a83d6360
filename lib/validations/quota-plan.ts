import { z } from "zod";
import { normalizeDayText } from "@/lib/dates/day-text";
import { parseNumberSymbol, NUMBER_SYMBOL_MAX_LENGTH } from "@/lib/documents/number-symbol";
import { Position, QuotaPeriod, UnitKind } from "@/lib/generated/prisma/enums";
import { QUOTA_PERIOD_LABELS } from "@/lib/quotas/quota-labels";
import { UNIT_KIND_LABELS } from "@/lib/units/labels";
import { POSITION_LABELS } from "@/lib/users/labels";
import { tableFormValues } from "@/lib/validations/form-tables";

// What the quota plan editor sends and the actions take: the same schema
// checks in the browser before sending and on the server. A minimum is a
// whole number from 0 to 100 (a plan asks for a handful of items a year); a
// refusal names the rule and the column, so the administrator can find it.

export const QUOTA_MINIMUM_MAX = 100;
export const PLAN_YEAR_MIN = 2000;
export const PLAN_YEAR_MAX = 2100;
export const PLAN_NAME_MAX = 300;
export const RULE_NOTE_MAX = 500;

export const MINIMUM_FIELDS = ["minInDepth", "minArticles", "minNews", "minAny"] as const;
export type MinimumField = (typeof MINIMUM_FIELDS)[number];

/** Column headings of the rule tables (and the names refusals use). */
export const MINIMUM_LABELS = {
  minInDepth: "Bài chuyên sâu",
  minArticles: "Bài",
  minNews: "Tin",
  minAny: "Tin hoặc bài",
} as const satisfies Record<MinimumField, string>;

const raw = z.union([z.string(), z.number()]).optional();

const personRuleRow = z.object({
  position: z.string().optional(),
  minInDepth: raw,
  minArticles: raw,
  minNews: raw,
  minAny: raw,
  note: z.string().optional(),
});

const unitRuleRow = personRuleRow.omit({ position: true }).extend({ unitKind: z.string().optional(), period: z.string().optional() });

const yearField = z.coerce
  .number({ error: "Năm phải là một số." })
  .int({ error: "Năm phải là số nguyên." })
  .min(PLAN_YEAR_MIN, { error: `Năm phải từ ${PLAN_YEAR_MIN} đến ${PLAN_YEAR_MAX}.` })
  .max(PLAN_YEAR_MAX, { error: `Năm phải từ ${PLAN_YEAR_MIN} đến ${PLAN_YEAR_MAX}.` });

const isCalendarDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

// Typed as dd/mm/yyyy (ISO still accepted); the plan keeps "2026-01-15".
const optionalDate = (label: string) =>
  z.preprocess(
    normalizeDayText,
    z
      .string()
      .trim()
      .optional()
      .refine((value) => !value || isCalendarDate(value), { error: `${label} không hợp lệ: nhập ngày theo dạng ngày/tháng/năm, ví dụ 15/01/2026.` })
      .transform((value) => value || null),
  );

const positions = Object.values(Position) as string[];
const unitKinds = Object.values(UnitKind) as string[];
const periods = Object.values(QuotaPeriod) as string[];

type MinimumCheck = { value: number } | { error: string };

/** "" or missing is 0; anything else must be a whole number from 0 to 100. */
function checkMinimum(value: string | number | undefined, where: string, field: MinimumField): MinimumCheck {
  const text = typeof value === "number" ? String(value) : (value ?? "").trim();
  if (text === "") return { value: 0 };
  const column = `“${MINIMUM_LABELS[field]}”`;
  if (!/^-?\d+(\.\d+)?$/.test(text)) return { error: `${where}: ô ${column} phải là một số nguyên từ 0 đến ${QUOTA_MINIMUM_MAX} (đang nhập “${text}”).` };
  const number = Number(text);
  if (!Number.isInteger(number)) return { error: `${where}: ô ${column} phải là số nguyên (đang nhập ${text}).` };
  if (number < 0) return { error: `${where}: ô ${column} không được âm (đang nhập ${text}).` };
  if (number > QUOTA_MINIMUM_MAX) return { error: `${where}: ô ${column} tối đa ${QUOTA_MINIMUM_MAX} tin, bài một năm (đang nhập ${text}).` };
  return { value: number };
}

type RawRow = z.infer<typeof personRuleRow> & { unitKind?: string; period?: string };
const isBlankRow = (row: RawRow, key: string | undefined) =>
  !key && !row.note?.trim() && MINIMUM_FIELDS.every((field) => String(row[field] ?? "").trim() === "" || String(row[field]).trim() === "0");

export type QuotaRuleMinimums = Record<MinimumField, number> & { note: string | null };
export type PersonRuleInput = QuotaRuleMinimums & { position: Position };
export type UnitRuleInput = QuotaRuleMinimums & { unitKind: UnitKind; period: QuotaPeriod };

/**
 * Checks one table of rules: each row names its subject once (no duplicate),
 * asks at least one item, and has minimums from 0 to 100. Blank new rows are
 * dropped. Issues go to `path` with the row and column in the message.
 */
function checkRules<T>(
  rows: readonly RawRow[],
  context: z.RefinementCtx,
  path: "personRules" | "unitRules",
  subject: (row: RawRow) => { key: string; label: string; value: Omit<T, keyof QuotaRuleMinimums> } | { error: string } | null,
): T[] {
  const seen = new Map<string, number>();
  const result: T[] = [];
  rows.forEach((row, index) => {
    const named = subject(row);
    if (named === null) {
      if (!isBlankRow(row, undefined)) {
        const missing = path === "personRules" ? "Chọn chức vụ cho dòng quy định mới." : "Chọn loại đơn vị cho dòng quy định mới.";
        context.addIssue({ code: "custom", path: [path], message: missing });
      }
      return;
    }
    if ("error" in named) {
      context.addIssue({ code: "custom", path: [path], message: named.error });
      return;
    }
    if (seen.has(named.key)) {
      context.addIssue({ code: "custom", path: [path], message: `${named.label} có hai dòng quy định (dòng ${seen.get(named.key)! + 1} và dòng ${index + 1}): mỗi ${path === "personRules" ? "chức vụ" : "loại đơn vị và kỳ"} chỉ một dòng.` });
      return;
    }
    seen.set(named.key, index);
    const minimums = {} as Record<MinimumField, number>;
    let isValid = true;
    for (const field of MINIMUM_FIELDS) {
      const checked = checkMinimum(row[field], named.label, field);
      if ("error" in checked) {
        context.addIssue({ code: "custom", path: [path], message: checked.error });
        isValid = false;
      } else minimums[field] = checked.value;
    }
    if (!isValid) return;
    if (MINIMUM_FIELDS.every((field) => minimums[field] === 0)) {
      context.addIssue({ code: "custom", path: [path], message: `${named.label}: chưa có chỉ tiêu nào lớn hơn 0; nhập ít nhất một số, hoặc bỏ dòng này.` });
      return;
    }
    const note = row.note?.trim() ?? "";
    if (note.length > RULE_NOTE_MAX) {
      context.addIssue({ code: "custom", path: [path], message: `${named.label}: ghi chú dài tối đa ${RULE_NOTE_MAX} ký tự.` });
      return;
    }
    result.push({ ...named.value, ...minimums, note: note || null } as T);
  });
  return result;
}

export const quotaPlanSaveSchema = z
  .object({
    year: yearField,
    /** The plan's updatedAt as the editor read it (optimistic locking). */
    updatedAt: z.string({ error: "Thiếu phiên bản của kế hoạch: tải lại trang." }).min(1, { error: "Thiếu phiên bản của kế hoạch: tải lại trang." }),
    name: z
      .string({ error: "Nhập tên kế hoạch." })
      .transform((value) => value.replace(/\s+/g, " ").trim())
      .pipe(
        z
          .string()
          .min(1, { error: "Nhập tên kế hoạch." })
          .min(5, { error: "Tên kế hoạch cần ít nhất 5 ký tự." })
          .max(PLAN_NAME_MAX, { error: `Tên kế hoạch dài tối đa ${PLAN_NAME_MAX} ký tự.` }),
      ),
    reference: z
      .string()
      .max(NUMBER_SYMBOL_MAX_LENGTH * 2, { error: `Số/ký hiệu dài tối đa ${NUMBER_SYMBOL_MAX_LENGTH} ký tự.` })
      .optional()
      .transform((value, context) => {
        if (!value?.trim()) return null;
        const parsed = parseNumberSymbol(value);
        if (!parsed.ok) {
          context.addIssue({ code: "custom", message: parsed.error });
          return z.NEVER;
        }
        return parsed.value.normalized;
      }),
    issuedOn: optionalDate("Ngày ban hành"),
    referenceDate: optionalDate("Ngày chốt chức vụ"),
    isArticleForNewsAllowed: z
      .union([z.boolean(), z.string()])
      .optional()
      .transform((value) => value === true || value === "on" || value === "true"),
    personRules: z.array(personRuleRow).default([]),
    unitRules: z.array(unitRuleRow).default([]),
  })
  .transform((plan, context) => {
    if (plan.referenceDate && !plan.referenceDate.startsWith(`${plan.year}-`)) {
      context.addIssue({ code: "custom", path: ["referenceDate"], message: `Ngày chốt chức vụ phải nằm trong năm ${plan.year}.` });
    }
    const personRules = checkRules<PersonRuleInput>(plan.personRules, context, "personRules", (row) => {
      if (!row.position) return null;
      if (!positions.includes(row.position)) return { error: `Chức vụ “${row.position}” không có trong danh sách.` };
      const position = row.position as Position;
      return { key: position, label: POSITION_LABELS[position], value: { position } };
    });
    const unitRules = checkRules<UnitRuleInput>(plan.unitRules, context, "unitRules", (row) => {
      if (!row.unitKind) return null;
      if (!unitKinds.includes(row.unitKind)) return { error: `Loại đơn vị “${row.unitKind}” không có trong danh sách.` };
      const period = (row.period || "YEAR") as QuotaPeriod;
      if (!periods.includes(period)) return { error: `Kỳ “${row.period}” không hợp lệ: chọn Cả năm hoặc Hằng tháng.` };
      const unitKind = row.unitKind as UnitKind;
      return { key: `${unitKind}:${period}`, label: `${UNIT_KIND_LABELS[unitKind]} (${QUOTA_PERIOD_LABELS[period].toLowerCase()})`, value: { unitKind, period } };
    });
    return { ...plan, personRules, unitRules };
  });

export type QuotaPlanSaveInput = z.output<typeof quotaPlanSaveSchema>;

export const quotaPlanCreateSchema = z.object({ year: yearField });
export type QuotaPlanCreateInput = z.output<typeof quotaPlanCreateSchema>;

export const quotaRuleDeleteSchema = z.object({
  year: yearField,
  ruleId: z.coerce.number({ error: "Không rõ quy định cần bỏ." }).int().positive({ error: "Không rõ quy định cần bỏ." }),
});
export type QuotaRuleDeleteInput = z.output<typeof quotaRuleDeleteSchema>;

/**
 * The editor's FormData as the schema's shape: "personRules.0.minNews" →
 * { personRules: [{ minNews }] }. Rows keep their order; gaps are skipped.
 */
export function planFormValues(formData: FormData): Record<string, unknown> {
  return tableFormValues(formData, ["personRules", "unitRules"]);
}
