import type { KindCounts, PersonQuotaRow, QuotaPlanView, QuotaTotals, QuotaYearReport, UnitQuotaRow } from "@/lib/quotas/quota-types";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import { evaluateQuota, isQuotaMet } from "@/lib/quotas/counting-rule";

// Turns the loaders' raw numbers into the year report: targets from the
// plan, evaluations, unit roll-ups and totals. Pure: no database, no clock.

type UnitNode = { id: number; name: string; kind: UnitKind; parentId: number | null; sortOrder: number; isActive: boolean };
type PersonCounts = Omit<PersonQuotaRow, "evaluation" | "unitName" | "unitPathIds"> & { counts: KindCounts };

const NO_COUNTS: KindCounts = { news: 0, articles: 0, inDepth: 0 };
const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

/** Each unit's id followed by its ancestors' ids, nearest first. */
export function unitPaths(units: readonly UnitNode[]): Map<number, number[]> {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const paths = new Map<number, number[]>();
  for (const unit of units) {
    const path: number[] = [];
    for (let node: UnitNode | undefined = unit; node && !path.includes(node.id); node = node.parentId ? byId.get(node.parentId) : undefined) {
      path.push(node.id);
    }
    paths.set(unit.id, path);
  }
  return paths;
}

/** Units in the order of the tree: parents before children, siblings by sort order then name. */
export function treeOrder(units: readonly UnitNode[]): UnitNode[] {
  const children = new Map<number | null, UnitNode[]>();
  const ids = new Set(units.map((unit) => unit.id));
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const ordered: UnitNode[] = [];
  const visit = (parent: number | null) => {
    const level = (children.get(parent) ?? []).sort((a, b) => a.sortOrder - b.sortOrder || collator.compare(a.name, b.name) || a.id - b.id);
    for (const unit of level) {
      ordered.push(unit);
      visit(unit.id);
    }
  };
  visit(null);
  return ordered;
}

export function buildQuotaReport(input: {
  year: number;
  plan: QuotaPlanView | null;
  referenceDate: string;
  people: readonly PersonCounts[];
  unitCounts: ReadonlyMap<number, KindCounts>;
  units: readonly UnitNode[];
  itemsCounted: number;
  /** Past years list inactive units too. */
  includeInactive: boolean;
  now: Date;
}): QuotaYearReport {
  const { plan } = input;
  const options = { isArticleForNewsAllowed: plan?.isArticleForNewsAllowed ?? false };
  const paths = unitPaths(input.units);
  const names = new Map(input.units.map((unit) => [unit.id, unit.name]));

  const people: PersonQuotaRow[] = input.people
    .map((person) => {
      const rule = plan?.personRules.find((candidate) => candidate.position === person.position) ?? null;
      return {
        userId: person.userId,
        name: person.name,
        position: person.position,
        unitId: person.unitId,
        unitName: names.get(person.unitId) ?? "",
        unitPathIds: paths.get(person.unitId) ?? [person.unitId],
        isActive: person.isActive,
        evaluation: evaluateQuota(rule, person.counts, options),
      };
    })
    .sort((a, b) => collator.compare(a.name, b.name) || a.userId - b.userId);

  const yearRules = new Map((plan?.unitRules ?? []).filter((rule) => rule.period === "YEAR").map((rule) => [rule.unitKind, rule]));
  const units: UnitQuotaRow[] = treeOrder(input.units)
    .filter((unit) => yearRules.has(unit.kind) && (unit.isActive || input.includeInactive))
    .map((unit) => {
      const members = people.filter((person) => person.unitPathIds.includes(unit.id) && person.evaluation.status !== "NO_TARGET");
      return {
        unitId: unit.id,
        name: unit.name,
        kind: unit.kind,
        parentName: unit.parentId ? (names.get(unit.parentId) ?? null) : null,
        evaluation: evaluateQuota(yearRules.get(unit.kind) ?? null, input.unitCounts.get(unit.id) ?? NO_COUNTS, options),
        peopleWithTarget: members.length,
        peopleCompleted: members.filter((person) => isQuotaMet(person.evaluation)).length,
      };
    });

  const withTarget = people.filter((person) => person.evaluation.status !== "NO_TARGET");
  const unitsWithTarget = units.filter((unit) => unit.evaluation.status !== "NO_TARGET");
  const totals: QuotaTotals = {
    peopleWithTarget: withTarget.length,
    peopleCompleted: withTarget.filter((person) => isQuotaMet(person.evaluation)).length,
    peopleNotYet: withTarget.filter((person) => person.evaluation.status === "NOT_YET").length,
    unitsWithTarget: unitsWithTarget.length,
    unitsCompleted: unitsWithTarget.filter((unit) => isQuotaMet(unit.evaluation)).length,
    itemsCounted: input.itemsCounted,
  };

  return {
    year: input.year,
    plan,
    effectiveReferenceDate: input.referenceDate,
    totals,
    people,
    units,
    computedAt: input.now.toISOString(),
  };
}
