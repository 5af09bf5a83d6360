import { describe, expect, it } from "vitest";
import { diffQuotaPlan, hasChanges, planChangesSummary, ruleLabel, type PlanFields, type PlanRule, type StoredRule } from "@/lib/quotas/plan-changes";

const fields: PlanFields = { name: "Kế hoạch năm 2026", reference: "91-KH/ĐUK", issuedOn: null, referenceDate: null, isArticleForNewsAllowed: false };
const zero = { minInDepth: 0, minArticles: 0, minNews: 0, minAny: 0, note: null };
const staff: StoredRule = { id: 1, subject: "PERSON", position: "STAFF", ...zero, minNews: 5 };
const monthly: StoredRule = { id: 2, subject: "UNIT", unitKind: "DEPARTMENT", period: "MONTH", ...zero, minAny: 1 };
const yearly: StoredRule = { id: 3, subject: "UNIT", unitKind: "DEPARTMENT", period: "YEAR", ...zero, minAny: 12 };

const withoutId = (rule: StoredRule) => Object.fromEntries(Object.entries(rule).filter(([key]) => key !== "id")) as PlanRule;

describe("diffQuotaPlan", () => {
  it("matches rules by subject, not by row: a unit kind's monthly and yearly rules are different rules", () => {
    const staffRule = withoutId(staff);
    const monthlyRule = withoutId(monthly);
    const changes = diffQuotaPlan(
      { fields, rules: [staff, monthly, yearly] },
      { fields: { ...fields, isArticleForNewsAllowed: true }, rules: [{ ...monthlyRule, minAny: 2 }, { ...staffRule }, { subject: "PERSON", position: "HEAD", ...zero, minArticles: 2 }] },
    );
    expect(changes.fields).toEqual({ isArticleForNewsAllowed: { from: false, to: true } });
    expect(changes.changed.map((c) => [c.id, c.after.minAny])).toEqual([[2, 2]]);
    expect(changes.added.map(ruleLabel)).toEqual(["Trưởng ban/đoàn thể"]);
    expect(changes.removed.map(ruleLabel)).toEqual(["Ban (cả năm)"]);
    expect(planChangesSummary(changes)).toBe("sửa 1 thông tin chung, thêm 1 quy định, sửa 1 quy định, bỏ 1 quy định");
  });

  it("sees a changed note, and nothing when nothing changed", () => {
    const rule = withoutId(staff);
    expect(diffQuotaPlan({ fields, rules: [staff] }, { fields, rules: [{ ...rule, note: "Ít nhất 05 tin" }] }).changed).toHaveLength(1);
    expect(hasChanges(diffQuotaPlan({ fields, rules: [staff] }, { fields, rules: [rule] }))).toBe(false);
  });
});
