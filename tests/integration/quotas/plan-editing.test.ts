// Quota plan editing against a real database: a new year copied from the
// last one (or blank), saving fields and rules in one transaction with an
// audit row of what changed, refusing stale or racing saves, removing a rule.
import { describe, expect, it, vi } from "vitest";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

vi.mock("next/cache", () => import("@/tests/setup/next-cache-passthrough"));

const database = setupTestDatabase();

const load = () =>
  loadWith(
    import("@/tests/factories/reports"),
    import("@/lib/server/quotas/create-quota-plan").then((m) => ({ createPlanUseCase: m.createQuotaPlan })),
    import("@/lib/server/quotas/save-quota-plan"),
    import("@/lib/server/quotas/delete-quota-rule"),
    import("@/lib/server/quotas/list-quota-plans"),
    import("@/lib/validations/quota-plan"),
  );

type T = Awaited<ReturnType<typeof load>>;

const RULES = [
  { position: "STANDING_MEMBER" as const, minInDepth: 1, note: "01 bài chuyên sâu" },
  { position: "STAFF" as const, minNews: 5 },
  { unitKind: "GRASSROOTS" as const, minAny: 1 },
  { unitKind: "DEPARTMENT" as const, period: "MONTH" as const, minAny: 1 },
];

/** The editor's form for a year's plan as stored, with `change` applied. */
async function editorForm(t: T, year: number, change: (form: Record<string, unknown>) => void = () => undefined) {
  const editor = await t.getQuotaPlanEditor(year);
  if (!editor) throw new Error(`no plan for ${year}`);
  const { plan } = editor;
  const form: Record<string, unknown> = {
    year: String(year),
    updatedAt: editor.updatedAt,
    name: plan.name,
    reference: plan.reference ?? "",
    issuedOn: plan.issuedOn ?? "",
    referenceDate: plan.referenceDate ?? "",
    isArticleForNewsAllowed: plan.isArticleForNewsAllowed ? "on" : undefined,
    personRules: plan.personRules.map((rule) => ({ ...rule, minNews: String(rule.minNews), note: rule.note ?? "" })),
    unitRules: plan.unitRules.map((rule) => ({ ...rule, note: rule.note ?? "" })),
  };
  change(form);
  return t.quotaPlanSaveSchema.parse(form);
}

const audits = (t: T, action: string) => t.db.auditLog.findMany({ where: { action }, orderBy: { id: "asc" } });

describe(`quota plan editing on ${database.kind}`, () => {
  it("creates next year's plan from this year's: name with the new year, the setting and every rule; number and dates left blank", async () => {
    const t = await load();
    const admin = await t.createUser({ roles: ["ADMINISTRATOR"] });
    await t.createQuotaPlan({ year: 2026, name: "Kế hoạch Trang TTĐT năm 2026", isArticleForNewsAllowed: true, referenceDate: new Date("2026-06-30"), rules: RULES });
    const created = await t.createPlanUseCase({ actor: admin, ip: "10.0.0.1", year: 2027 });
    expect(created).toMatchObject({ year: 2027, fromYear: 2026, rulesCopied: 4 });
    const copy = await t.getQuotaPlanEditor(2027);
    expect(copy?.plan).toMatchObject({ name: "Kế hoạch Trang TTĐT năm 2027", reference: null, issuedOn: null, referenceDate: null, isArticleForNewsAllowed: true });
    expect(copy?.plan.personRules.map((r) => [r.position, r.minInDepth, r.minNews, r.note])).toEqual([
      ["STANDING_MEMBER", 1, 0, "01 bài chuyên sâu"],
      ["STAFF", 0, 5, null],
    ]);
    expect(copy?.plan.unitRules.map((r) => [r.unitKind, r.period, r.minAny])).toEqual([
      ["DEPARTMENT", "MONTH", 1],
      ["GRASSROOTS", "YEAR", 1],
    ]);
    expect(copy?.previousYear).toBe(2026);
    const [audit] = await audits(t, "quota-plans.create");
    expect(audit).toMatchObject({ actorId: admin.id, ip: "10.0.0.1", result: "SUCCESS", details: { year: 2027, fromYear: 2026, rulesCopied: 4 } });
    expect((await t.listQuotaPlans()).map((row) => [row.year, row.personRuleCount, row.unitRuleCount])).toEqual([
      [2027, 2, 2],
      [2026, 2, 2],
    ]);
  });

  it("creates a blank plan when no earlier year has one, and refuses a year that has one", async () => {
    const t = await load();
    const admin = await t.createUser({ roles: ["ADMINISTRATOR"] });
    const blank = await t.createPlanUseCase({ actor: admin, year: 2019 });
    expect(blank).toMatchObject({ fromYear: null, rulesCopied: 0 });
    expect((await t.getQuotaPlanEditor(2019))?.plan).toMatchObject({ name: "Kế hoạch hoạt động Trang thông tin điện tử năm 2019", personRules: [], unitRules: [] });
    await expect(t.createPlanUseCase({ actor: admin, year: 2019 })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Năm 2019 đã có kế hoạch") });
  });

  it("saves fields and rules in one go and audits what changed", async () => {
    const t = await load();
    const admin = await t.createUser({ roles: ["ADMINISTRATOR"] });
    await t.createQuotaPlan({ year: 2030, rules: RULES });
    const input = await editorForm(t, 2030, (form) => {
      form.reference = "91-KH/ĐUK";
      form.referenceDate = "2030-06-30";
      const people = form.personRules as Record<string, unknown>[];
      people[1]!.minNews = "7";
      people.push({ position: "HEAD", minArticles: "2", note: "Ít nhất 02 bài" });
      form.unitRules = (form.unitRules as Record<string, unknown>[]).filter((rule) => rule.period !== "MONTH");
    });
    const saved = await t.saveQuotaPlan({ actor: admin, ip: "10.0.0.2", input });
    expect(saved.isChanged).toBe(true);
    const after = await t.getQuotaPlanEditor(2030);
    expect(after?.updatedAt).toBe(saved.updatedAt);
    expect(after?.plan).toMatchObject({ reference: "91-KH/ĐUK", referenceDate: "2030-06-30" });
    expect(after?.plan.personRules.map((r) => [r.position, r.minArticles, r.minNews])).toEqual([
      ["STANDING_MEMBER", 0, 0],
      ["HEAD", 2, 0],
      ["STAFF", 0, 7],
    ]);
    expect(after?.plan.unitRules.map((r) => r.unitKind)).toEqual(["GRASSROOTS"]);
    const [audit] = await audits(t, "quota-plans.save");
    expect(audit?.details).toEqual({
      year: 2030,
      fields: { reference: { from: "135-KH/ĐUK", to: "91-KH/ĐUK" }, referenceDate: { from: null, to: "2030-06-30" } },
      rulesAdded: [{ rule: "Trưởng ban/đoàn thể", minInDepth: 0, minArticles: 2, minNews: 0, minAny: 0, note: "Ít nhất 02 bài" }],
      rulesChanged: [
        {
          rule: "Cán bộ/chuyên viên",
          from: { minInDepth: 0, minArticles: 0, minNews: 5, minAny: 0, note: null },
          to: { minInDepth: 0, minArticles: 0, minNews: 7, minAny: 0, note: null },
        },
      ],
      rulesRemoved: [{ rule: "Ban (hằng tháng)", minInDepth: 0, minArticles: 0, minNews: 0, minAny: 1, note: null }],
    });
  });

  it("writes nothing for a save without changes", async () => {
    const t = await load();
    const admin = await t.createUser({ roles: ["ADMINISTRATOR"] });
    await t.createQuotaPlan({ year: 2031, rules: RULES });
    const before = (await t.getQuotaPlanEditor(2031))!.updatedAt;
    const saved = await t.saveQuotaPlan({ actor: admin, input: await editorForm(t, 2031) });
    expect(saved).toMatchObject({ isChanged: false, updatedAt: before });
    expect((await audits(t, "quota-plans.save")).filter((a) => (a.details as { year: number }).year === 2031)).toHaveLength(0);
  });

  it("refuses a save from an editor opened before someone else's, and writes nothing", async () => {
    const t = await load();
    const [first, second] = [await t.createUser({ roles: ["ADMINISTRATOR"] }), await t.createUser({ roles: ["ADMINISTRATOR"] })];
    await t.createQuotaPlan({ year: 2032, rules: RULES });
    const stale = await editorForm(t, 2032, (form) => ((form.personRules as Record<string, unknown>[])[1]!.minNews = "9"));
    await t.saveQuotaPlan({ actor: first, input: await editorForm(t, 2032, (form) => (form.name = "Kế hoạch đã đổi tên năm 2032")) });
    const auditCount = (await audits(t, "quota-plans.save")).length;
    await expect(t.saveQuotaPlan({ actor: second, input: stale })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/^Kế hoạch năm 2032 vừa được người khác sửa \(lúc \d\d:\d\d, ngày/),
    });
    const plan = (await t.getQuotaPlanEditor(2032))!.plan;
    expect(plan.name).toBe("Kế hoạch đã đổi tên năm 2032");
    expect(plan.personRules.find((r) => r.position === "STAFF")?.minNews).toBe(5);
    expect(await audits(t, "quota-plans.save")).toHaveLength(auditCount);
  });

  it("lets only one of two saves from the same version through", async () => {
    const t = await load();
    const admin = await t.createUser({ roles: ["ADMINISTRATOR"] });
    await t.createQuotaPlan({ year: 2033, rules: RULES });
    const a = await editorForm(t, 2033, (form) => ((form.personRules as Record<string, unknown>[])[1]!.minNews = "6"));
    const b = await editorForm(t, 2033, (form) => ((form.personRules as Record<string, unknown>[])[1]!.minNews = "8"));
    const results = await Promise.allSettled([t.saveQuotaPlan({ actor: admin, input: a }), t.saveQuotaPlan({ actor: admin, input: b })]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "CONFLICT" });
    const winner = results.findIndex((r) => r.status === "fulfilled");
    const staff = (await t.getQuotaPlanEditor(2033))!.plan.personRules.find((r) => r.position === "STAFF");
    expect(staff?.minNews).toBe(winner === 0 ? 6 : 8);
  });

  it("removes one rule, audited, and a save from before the removal is refused instead of bringing it back", async () => {
    const t = await load();
    const admin = await t.createUser({ roles: ["ADMINISTRATOR"] });
    await t.createQuotaPlan({ year: 2034, rules: RULES });
    const editor = (await t.getQuotaPlanEditor(2034))!;
    const staffRule = editor.plan.personRules.find((r) => r.position === "STAFF")!;
    const stale = await editorForm(t, 2034);
    await expect(t.deleteQuotaRule({ actor: admin, year: 2033, ruleId: staffRule.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.deleteQuotaRule({ actor: admin, ip: "10.0.0.3", year: 2034, ruleId: staffRule.id })).toEqual({ label: "Cán bộ/chuyên viên" });
    const after = (await t.getQuotaPlanEditor(2034))!;
    expect(after.plan.personRules.map((r) => r.position)).toEqual(["STANDING_MEMBER"]);
    expect(after.updatedAt).not.toBe(editor.updatedAt);
    const [audit] = await audits(t, "quota-plans.remove-rule");
    expect(audit).toMatchObject({ actorId: admin.id, details: { year: 2034, rule: "Cán bộ/chuyên viên", removed: { subject: "PERSON", position: "STAFF", minNews: 5 } } });
    await expect(t.saveQuotaPlan({ actor: admin, input: stale })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(t.deleteQuotaRule({ actor: admin, year: 2034, ruleId: staffRule.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
