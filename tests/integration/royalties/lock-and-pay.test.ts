// Locking, unlocking and paying a month on a real database: nothing changes
// in a locked month, an unlock needs a reason and is recorded, payments only
// on a locked month for the author's locked total, each step in the audit log.
import { describe, expect, it } from "vitest";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

const database = setupTestDatabase();

const load = () =>
  loadWith(
    import("@/tests/factories/royalties"),
    import("@/lib/server/royalties/lock-royalty-month"),
    import("@/lib/server/royalties/unlock-royalty-month"),
    import("@/lib/server/royalties/mark-royalty-paid"),
    import("@/lib/server/royalties/unmark-royalty-paid"),
    import("@/lib/server/royalties/royalty-month-lock"),
    import("@/lib/server/royalties/get-royalty-sheet"),
  );

const PERIOD = "2026-10";
const NOW = new Date("2026-11-03T03:00:00Z");

async function setUp(t: Awaited<ReturnType<typeof load>>) {
  const unit = await t.createUnit();
  const author = await t.createUser({ name: "Phạm Văn Cường", unitId: unit.id });
  const other = await t.createUser({ name: "Đỗ Thị Dung", unitId: unit.id });
  const secretary = await t.createUser({ name: "Thư ký Hòa", unitId: unit.id, roles: ["SECRETARY"] });
  const board = await t.createUser({ name: "Ban Biên tập Minh", unitId: unit.id, roles: ["EDITORIAL_BOARD"] });
  const item = await t.createPublishedItem({ authorIds: [author.id], publishedAt: new Date("2026-10-08T03:00:00Z") });
  const grade = await t.gradeItemDirectly({ itemId: item.id, gradedById: board.id, coefficient: 200 }); // 468.000
  // Graded but without a grade yet: the month may still be locked.
  await t.createPublishedItem({ authorIds: [other.id], publishedAt: new Date("2026-10-09T03:00:00Z") });
  return { author, other, secretary, board, item, grade };
}

const audits = (t: Awaited<ReturnType<typeof load>>, action: string) =>
  t.db.auditLog.findMany({ where: { action, objectId: PERIOD }, orderBy: { id: "asc" } });

describe(`royalty month lock and payments on ${database.kind}`, () => {
  it("locks, refuses changes and payments outside the rules, pays, unlocks with a reason", async () => {
    const t = await load();
    const { author, other, secretary, grade } = await setUp(t);

    // Paying before the month is locked is refused.
    await expect(t.markRoyaltyPaid({ period: PERIOD, userId: author.id, paidOn: "2026-11-02", actor: secretary, now: NOW })).rejects.toMatchObject({ code: "CONFLICT" });
    // A month that has not started cannot be locked.
    await expect(t.lockRoyaltyMonth({ period: "2026-12", actor: secretary, now: NOW })).rejects.toMatchObject({ code: "VALIDATION" });

    const locked = await t.lockRoyaltyMonth({ period: PERIOD, actor: secretary, now: NOW });
    expect(locked).toMatchObject({ totalVnd: 468_000, authors: 1, items: 1, missing: 1 });
    await expect(t.lockRoyaltyMonth({ period: PERIOD, actor: secretary, now: NOW })).rejects.toMatchObject({ code: "CONFLICT" });
    const [lockAudit] = await audits(t, "royalty.month-lock");
    expect(lockAudit).toMatchObject({ actorId: secretary.id, result: "SUCCESS", objectType: "royalty-month" });

    // Every write of a locked month's amounts takes the month's lock first and is refused.
    await expect(t.db.$transaction((tx) => t.assertRoyaltyMonthOpen(tx, PERIOD))).rejects.toThrow(/đã khóa/);

    // Payment dates: not in the future, not before the month starts.
    await expect(t.markRoyaltyPaid({ period: PERIOD, userId: author.id, paidOn: "2026-11-04", actor: secretary, now: NOW })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(t.markRoyaltyPaid({ period: PERIOD, userId: author.id, paidOn: "2026-09-30", actor: secretary, now: NOW })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(t.markRoyaltyPaid({ period: PERIOD, userId: author.id, paidOn: "2026-02-30", actor: secretary, now: NOW })).rejects.toMatchObject({ code: "VALIDATION" });
    // Nobody is paid for a month in which they have no share.
    await expect(t.markRoyaltyPaid({ period: PERIOD, userId: other.id, paidOn: "2026-11-02", actor: secretary, now: NOW })).rejects.toMatchObject({ code: "VALIDATION" });

    const paid = await t.markRoyaltyPaid({ period: PERIOD, userId: author.id, paidOn: "2026-11-03", actor: secretary, now: NOW });
    expect(paid).toMatchObject({ amountVnd: 468_000, paidOn: "2026-11-03", name: "Phạm Văn Cường" });
    await expect(t.markRoyaltyPaid({ period: PERIOD, userId: author.id, paidOn: "2026-11-03", actor: secretary, now: NOW })).rejects.toMatchObject({ code: "CONFLICT" });
    const [payAudit] = await audits(t, "royalty.pay");
    expect(payAudit.details).toMatchObject({ userId: author.id, amountVnd: 468_000, paidOn: "2026-11-03" });
    let sheet = await t.getRoyaltySheet(PERIOD);
    expect(sheet.authors[0]).toMatchObject({ paymentStatus: "PAID", payment: { amountVnd: 468_000, paidOn: "2026-11-03", recordedByName: "Thư ký Hòa" } });
    expect(sheet).toMatchObject({ isLocked: true, lockedByName: "Thư ký Hòa", paidTotalVnd: 468_000, paidAuthorCount: 1 });

    // Unlocking needs a reason; it is kept in the month's history and the audit log.
    await expect(t.unlockRoyaltyMonth({ period: PERIOD, actor: secretary, reason: "  " })).rejects.toMatchObject({ code: "VALIDATION" });
    expect((await t.getRoyaltySheet(PERIOD)).isLocked).toBe(true);
    await t.unlockRoyaltyMonth({ period: PERIOD, actor: secretary, reason: "Ban Biên tập chấm lại bài", now: new Date("2026-11-04T03:00:00Z") });
    await expect(t.unlockRoyaltyMonth({ period: PERIOD, actor: secretary, reason: "Mở lần nữa" })).rejects.toMatchObject({ code: "CONFLICT" });
    const [unlockAudit] = await audits(t, "royalty.month-unlock");
    expect(unlockAudit.details).toMatchObject({ reason: "Ban Biên tập chấm lại bài", payments: 1 });

    // Open again, a grade may change; the sheet then flags the payment that no longer matches.
    await t.db.$transaction(async (tx) => {
      await t.assertRoyaltyMonthOpen(tx, PERIOD);
      await tx.royaltyGrade.update({ where: { id: grade.id }, data: { coefficient: 250, totalVnd: 585_000 } });
      await tx.royalty.updateMany({ where: { gradeId: grade.id }, data: { amountVnd: 585_000 } });
    });
    sheet = await t.getRoyaltySheet(PERIOD);
    expect(sheet.isLocked).toBe(false);
    expect(sheet.events.map((event) => [event.action, event.reason, event.actorName])).toEqual([
      ["UNLOCK", "Ban Biên tập chấm lại bài", "Thư ký Hòa"],
      ["LOCK", null, "Thư ký Hòa"],
    ]);
    expect(sheet.authors[0]).toMatchObject({ totalVnd: 585_000, paymentStatus: "PAID_DIFFERS" });
    expect(sheet.differingPaymentCount).toBe(1);

    // Taking a payment back: only while locked, with a reason, recorded.
    await expect(t.unmarkRoyaltyPaid({ period: PERIOD, userId: author.id, reason: "Ghi nhầm ngày", actor: secretary })).rejects.toMatchObject({ code: "CONFLICT" });
    await t.lockRoyaltyMonth({ period: PERIOD, actor: secretary, now: new Date("2026-11-04T04:00:00Z") });
    await expect(t.unmarkRoyaltyPaid({ period: PERIOD, userId: author.id, reason: "", actor: secretary })).rejects.toMatchObject({ code: "VALIDATION" });
    await t.unmarkRoyaltyPaid({ period: PERIOD, userId: author.id, reason: "Chi lại theo số mới", actor: secretary });
    const [unpayAudit] = await audits(t, "royalty.unpay");
    expect(unpayAudit.details).toMatchObject({ reason: "Chi lại theo số mới", amountVnd: 468_000, paidOn: "2026-11-03" });
    await t.markRoyaltyPaid({ period: PERIOD, userId: author.id, paidOn: "2026-11-04", actor: secretary, now: new Date("2026-11-04T05:00:00Z") });
    sheet = await t.getRoyaltySheet(PERIOD);
    expect(sheet.authors[0]).toMatchObject({ paymentStatus: "PAID", payment: { amountVnd: 585_000, paidOn: "2026-11-04" } });
    expect(await t.db.royaltyMonthEvent.count({ where: { period: PERIOD } })).toBe(3);
  });
});
