import type { Position, QuotaPeriod, UnitKind } from "@/lib/generated/prisma/enums";
import { QUOTA_PERIOD_LABELS } from "@/lib/quotas/quota-labels";
import { UNIT_KIND_LABELS } from "@/lib/units/labels";
import { POSITION_LABELS } from "@/lib/users/labels";
import { MINIMUM_FIELDS, type QuotaRuleMinimums } from "@/lib/validations/quota-plan";

// What saving a quota plan changes, worked out before writing: the plan's
// own fields, and its rules matched by subject (a position, or a unit kind
// and period), never by row id, so a rule keeps its row when only its
// numbers change. The result is both the write list and the audit details.
// Pure.

export type PlanFields = {
  name: string;
  reference: string | null;
  issuedOn: string | null;
  referenceDate: string | null;
  isArticleForNewsAllowed: boolean;
};

export type RuleSubject = { subject: "PERSON"; position: Position } | { subject: "UNIT"; unitKind: UnitKind; period: QuotaPeriod };
export type PlanRule = RuleSubject & QuotaRuleMinimums;
export type StoredRule = PlanRule & { id: number };

export const ruleKey = (rule: RuleSubject) => (rule.subject === "PERSON" ? `PERSON:${rule.position}` : `UNIT:${rule.unitKind}:${rule.period}`);

/** "Cán bộ/chuyên viên", "Cấp ủy cơ sở (hằng tháng)". */
export const ruleLabel = (rule: RuleSubject) =>
  rule.subject === "PERSON" ? POSITION_LABELS[rule.position] : `${UNIT_KIND_LABELS[rule.unitKind]} (${QUOTA_PERIOD_LABELS[rule.period].toLowerCase()})`;

const minimumsOf = (rule: QuotaRuleMinimums) => ({
  minInDepth: rule.minInDepth,
  minArticles: rule.minArticles,
  minNews: rule.minNews,
  minAny: rule.minAny,
  note: rule.note,
});

const isSameRule = (a: QuotaRuleMinimums, b: QuotaRuleMinimums) => MINIMUM_FIELDS.every((field) => a[field] === b[field]) && (a.note ?? null) === (b.note ?? null);

export type PlanChanges = {
  fields: Partial<Record<keyof PlanFields, { from: PlanFields[keyof PlanFields]; to: PlanFields[keyof PlanFields] }>>;
  added: PlanRule[];
  changed: { id: number; before: StoredRule; after: PlanRule }[];
  removed: StoredRule[];
};

export function diffQuotaPlan(before: { fields: PlanFields; rules: readonly StoredRule[] }, after: { fields: PlanFields; rules: readonly PlanRule[] }): PlanChanges {
  const fields: PlanChanges["fields"] = {};
  for (const field of Object.keys(after.fields) as (keyof PlanFields)[]) {
    if (before.fields[field] !== after.fields[field]) fields[field] = { from: before.fields[field], to: after.fields[field] };
  }
  const stored = new Map(before.rules.map((rule) => [ruleKey(rule), rule]));
  const wanted = new Set(after.rules.map(ruleKey));
  const added: PlanRule[] = [];
  const changed: PlanChanges["changed"] = [];
  for (const rule of after.rules) {
    const existing = stored.get(ruleKey(rule));
    if (!existing) added.push(rule);
    else if (!isSameRule(existing, rule)) changed.push({ id: existing.id, before: existing, after: rule });
  }
  const removed = before.rules.filter((rule) => !wanted.has(ruleKey(rule)));
  return { fields, added, changed, removed };
}

export const hasChanges = (changes: PlanChanges) =>
  Object.keys(changes.fields).length > 0 || changes.added.length > 0 || changes.changed.length > 0 || changes.removed.length > 0;

/** The audit row's details: readable labels and numbers, no row ids needed to understand it. */
export function planChangesDetails(year: number, changes: PlanChanges) {
  return {
    year,
    fields: changes.fields,
    rulesAdded: changes.added.map((rule) => ({ rule: ruleLabel(rule), ...minimumsOf(rule) })),
    rulesChanged: changes.changed.map(({ before, after }) => ({ rule: ruleLabel(after), from: minimumsOf(before), to: minimumsOf(after) })),
    rulesRemoved: changes.removed.map((rule) => ({ rule: ruleLabel(rule), ...minimumsOf(rule) })),
  };
}

/** "Đã lưu: đổi tên, thêm 1 quy định, sửa 2 quy định." */
export function planChangesSummary(changes: PlanChanges): string {
  const parts: string[] = [];
  const fieldCount = Object.keys(changes.fields).length;
  if (fieldCount > 0) parts.push(`sửa ${fieldCount} thông tin chung`);
  if (changes.added.length > 0) parts.push(`thêm ${changes.added.length} quy định`);
  if (changes.changed.length > 0) parts.push(`sửa ${changes.changed.length} quy định`);
  if (changes.removed.length > 0) parts.push(`bỏ ${changes.removed.length} quy định`);
  return parts.join(", ");
}
