// The year's royalty settings against a real database: a first year from the
// defaults, the next one copied from it, saves that are audited and refused
// when stale, a used bonus kept, and graded amounts untouched by later edits.
import { describe, expect, it, vi } from "vitest";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

vi.mock("next/cache", () => import("@/tests/setup/next-cache-passthrough"));

const database = setupTestDatabase();

async function load() {
  const t = await loadWith(
    import("@/lib/server/royalties/create-royalty-schedule"),
    import("@/lib/server/royalties/save-royalty-schedule"),
    import("@/lib/server/royalties/get-royalty-schedule"),
    import("@/lib/server/royalties/grade-item"),
    import("@/lib/validations/royalty-schedule"),
    import("@/lib/validations/royalty-grade"),
    import("@/lib/royalties/royalty-maths"),
  );
  const { getRoyaltySchedule, royaltyScheduleSaveSchema, formatCoefficient } = t;
  const cast = await t.createWorkflowCast();
  /** The editor's form for a year as stored, with `patch` applied to the raw values. */
  const form = async (year: number, patch: (raw: Record<string, unknown> & { rates: Record<string, string>[]; bonuses: Record<string, string>[] }) => void = () => {}) => {
    const schedule = (await getRoyaltySchedule(year))!;
    const raw = {
      year: String(year),
      updatedAt: schedule.updatedAt,
      baseSalaryVnd: String(schedule.baseSalaryVnd),
      unitValueVnd: String(schedule.unitValueVnd),
      budgetVnd: String(schedule.budgetVnd),
      note: schedule.note ?? "",
      rates: schedule.rates.map((rate) => ({ genre: rate.genre, grade: rate.grade, min: formatCoefficient(rate.minCoefficient), default: formatCoefficient(rate.defaultCoefficient), max: formatCoefficient(rate.maxCoefficient) })),
      bonuses: schedule.bonuses.map((bonus) => ({ name: bonus.name, minPercent: String(bonus.minPercent), maxPercent: String(bonus.maxPercent) })),
    };
    patch(raw);
    return royaltyScheduleSaveSchema.parse(raw);
  };
  return { ...t, cast, form };
}

describe(`royalty settings on ${database.kind}`, () => {
  it("creates a first year from the defaults and the next one as a copy of it, audited", async () => {
    const t = await load();
    const first = await t.createRoyaltySchedule({ actor: t.cast.admin, year: 2025 });
    expect(first.fromYear).toBeNull();
    const stored = (await t.getRoyaltySchedule(2025))!;
    expect(stored).toMatchObject({ baseSalaryVnd: 2_340_000, unitValueVnd: 234_000, budgetVnd: 0 });
    expect(stored.rates).toHaveLength(15);
    expect(stored.rates.find((rate) => rate.genre === "NEWS" && rate.grade === "A")).toMatchObject({ minCoefficient: 120, defaultCoefficient: 150, maxCoefficient: 200 });

    await t.saveRoyaltySchedule({
      actor: t.cast.admin,
      input: await t.form(2025, (raw) => {
        raw.baseSalaryVnd = "2.500.000";
        raw.unitValueVnd = "250.000";
        raw.budgetVnd = "150.000.000";
        raw.rates = raw.rates.filter((rate) => rate.genre !== "VIDEO");
      }),
    });
    const copied = await t.createRoyaltySchedule({ actor: t.cast.admin, year: 2026 });
    expect(copied.fromYear).toBe(2025);
    const next = (await t.getRoyaltySchedule(2026))!;
    // Amounts and table carried over; the budget is a new year's estimate.
    expect(next).toMatchObject({ baseSalaryVnd: 2_500_000, unitValueVnd: 250_000, budgetVnd: 0 });
    expect(next.rates).toHaveLength(12);
    expect(next.bonuses.map((bonus) => bonus.name)).toEqual(stored.bonuses.map((bonus) => bonus.name));
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "royalty-settings.create", objectId: String(copied.id) } });
    expect(audit.details).toMatchObject({ year: 2026, fromYear: 2025 });

    await expect(t.createRoyaltySchedule({ actor: t.cast.admin, year: 2026 })).rejects.toThrow(/đã có định mức/);
  });

  it("saves the table and the amounts in one go, refuses a stale save, and never moves a graded amount", async () => {
    const t = await load();
    await t.createRoyaltySchedule({ actor: t.cast.admin, year: 2024 });
    const item = await t.createPublishedItem({ kind: "NEWS", publishedAt: new Date("2024-02-10T03:00:00Z"), authorIds: [t.cast.author.id] });
    const bonus = (await t.getRoyaltySchedule(2024))!.bonuses[0]!;
    await t.gradeItem({ actor: t.cast.board, itemId: item.id, input: t.royaltyGradeInputSchema.parse({ genre: "NEWS", grade: "A", coefficient: "1,5", bonusId: bonus.id, bonusPercent: "10" }) });
    // 1,5 × 234.000 × 1,1 = 386.100
    expect((await t.db.royaltyGrade.findUniqueOrThrow({ where: { itemId: item.id } })).totalVnd).toBe(386_100);

    const stale = await t.form(2024, (raw) => {
      raw.budgetVnd = "1";
    });
    const saved = await t.saveRoyaltySchedule({
      actor: t.cast.admin,
      input: await t.form(2024, (raw) => {
        raw.unitValueVnd = "300.000";
        raw.rates[0]!.max = "2,5";
        raw.rates.push({ genre: "NEWS", grade: "D", min: "0,2", default: "0,3", max: "0,4" });
        raw.bonuses.push({ name: "Tác phẩm đoạt giải báo chí", minPercent: "20", maxPercent: "30" });
      }),
    });
    expect(saved).toMatchObject({ isChanged: true, changeCount: 4 });
    const after = (await t.getRoyaltySchedule(2024))!;
    expect(after.unitValueVnd).toBe(300_000);
    expect(after.rates.find((rate) => rate.genre === "NEWS" && rate.grade === "A")?.maxCoefficient).toBe(250);
    expect(after.rates.some((rate) => rate.grade === "D")).toBe(true);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "royalty-settings.save" }, orderBy: { id: "desc" } });
    expect(audit.details).toMatchObject({ year: 2024, fields: { unitValueVnd: { from: 234_000, to: 300_000 } }, bonusesAdded: [{ name: "Tác phẩm đoạt giải báo chí" }] });
    // The grade keeps the unit value it was computed with.
    expect(await t.db.royaltyGrade.findUniqueOrThrow({ where: { itemId: item.id } })).toMatchObject({ unitValueVnd: 234_000, totalVnd: 386_100 });

    await expect(t.saveRoyaltySchedule({ actor: t.cast.admin, input: stale })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await t.getRoyaltySchedule(2024))!.budgetVnd).toBe(0);

    // A bonus a grade used stays.
    await expect(
      t.saveRoyaltySchedule({
        actor: t.cast.admin,
        input: await t.form(2024, (raw) => {
          raw.bonuses = raw.bonuses.filter((row) => row.name !== bonus.name);
        }),
      }),
    ).rejects.toThrow(/đã dùng khi chấm 1 bài/);
    expect(await t.saveRoyaltySchedule({ actor: t.cast.admin, input: await t.form(2024) })).toMatchObject({ isChanged: false });
  });
});
