// The board's grading against a real database: a grade written with the
// publication (one transaction: a refused grade publishes nothing), the
// year's table enforced, locked months refused, corrections recorded with
// their reason, shares that add up, and a scheduled item's grade following
// the item when it is published early or taken off the schedule.
import { describe, expect, it, vi } from "vitest";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

vi.mock("next/cache", () => import("@/tests/setup/next-cache-passthrough"));

const database = setupTestDatabase();

async function load() {
  const t = await loadWith(
    import("@/lib/server/workflow/move-item"),
    import("@/lib/server/workflow/publish-due-items"),
    import("@/lib/server/royalties/create-royalty-schedule"),
    import("@/lib/server/royalties/grade-item"),
    import("@/lib/server/royalties/regrade-item"),
    import("@/lib/validations/royalty-grade"),
  );
  const { db, createRoyaltySchedule, royaltyGradeInputSchema } = t;
  const cast = await t.createWorkflowCast();
  const schedules = new Set<number>();
  const ensureSchedule = async (year: number) => {
    if (schedules.has(year) || (await db.royaltySchedule.findUnique({ where: { year } }))) return;
    await createRoyaltySchedule({ actor: cast.admin, year });
    schedules.add(year);
  };
  const forwarded = (authorIds = [cast.author.id, cast.coAuthor.id]) => t.createItem({ status: "FORWARDED", publishedAt: null, kind: "ARTICLE", lead: "Sa-pô của bài.", authorIds });
  const input = (raw: Record<string, unknown>) => royaltyGradeInputSchema.parse(raw);
  const bonusId = async (year: number) => (await db.royaltyBonus.findFirstOrThrow({ where: { schedule: { year }, name: { contains: "dân tộc" } } })).id;
  const lockMonth = (period: string) =>
    db.royaltyMonth.upsert({ where: { period }, update: { lockedAt: new Date(), lockedById: cast.secretary.id }, create: { period, lockedAt: new Date(), lockedById: cast.secretary.id } });
  return { ...t, cast, ensureSchedule, forwarded, input, bonusId, lockMonth };
}

const MARCH = new Date("2026-03-15T03:00:00Z");

describe(`grading royalties on ${database.kind}`, () => {
  it("grades an item in the same transaction as its publication, split equally among its authors", async () => {
    const t = await load();
    await t.ensureSchedule(2026);
    const item = await t.forwarded();
    const bonus = await t.bonusId(2026);
    const moved = await t.moveItem({
      actor: t.cast.board,
      itemId: item.id,
      move: "publish",
      now: MARCH,
      grade: t.input({ genre: "ARTICLE", grade: "A", coefficient: "2,75", bonusId: bonus, bonusPercent: "15", note: "Bài tốt" }),
    });
    // 2,75 × 234.000 × 1,15 = 740.025 ₫; two equal shares: 370.013 + 370.012.
    expect(moved).toMatchObject({ to: "PUBLISHED", royaltyTotalVnd: 740_025 });
    const grade = await t.db.royaltyGrade.findUniqueOrThrow({ where: { itemId: item.id }, include: { shares: { orderBy: { id: "asc" } } } });
    expect(grade).toMatchObject({ period: "2026-03", genre: "ARTICLE", grade: "A", coefficient: 275, bonusPercent: 15, unitValueVnd: 234_000, totalVnd: 740_025, gradedById: t.cast.board.id, note: "Bài tốt" });
    expect(grade.shares.map((share) => [share.userId, share.shareBasisPoints, share.amountVnd, share.period])).toEqual([
      [t.cast.author.id, 5000, 370_013, "2026-03"],
      [t.cast.coAuthor.id, 5000, 370_012, "2026-03"],
    ]);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "royalty.grade", objectId: String(item.id) } });
    expect(audit).toMatchObject({ actorId: t.cast.board.id, result: "SUCCESS" });
    expect(audit.details).toMatchObject({ totalVnd: 740_025, period: "2026-03" });
  });

  it("publishes nothing when the grade is refused: coefficient out of range, unknown cell, bonus out of range, missing year", async () => {
    const t = await load();
    await t.ensureSchedule(2026);
    const item = await t.forwarded();
    const bonus = await t.bonusId(2026);
    const attempts: [Record<string, unknown>, RegExp, Date][] = [
      [{ genre: "ARTICLE", grade: "A", coefficient: "9" }, /Hệ số 9 nằm ngoài khung cho phép \(từ 2,5 đến 4\)/, MARCH],
      [{ genre: "ARTICLE", grade: "Z", coefficient: "1" }, /không có hệ số cho thể loại “Bài”, loại Z/, MARCH],
      [{ genre: "ARTICLE", grade: "B", coefficient: "2", bonusId: bonus, bonusPercent: "40" }, /từ 10 % đến 20 %/, MARCH],
      [{ genre: "ARTICLE", grade: "B", coefficient: "2" }, /Chưa có định mức nhuận bút năm 2031/, new Date("2031-02-01T03:00:00Z")],
    ];
    for (const [raw, message, now] of attempts) {
      await expect(t.moveItem({ actor: t.cast.board, itemId: item.id, move: "publish", now, grade: t.input(raw) })).rejects.toThrow(message);
    }
    const after = await t.db.item.findUniqueOrThrow({ where: { id: item.id } });
    expect(after).toMatchObject({ status: "FORWARDED", publishedAt: null });
    expect(await t.db.royaltyGrade.count({ where: { itemId: item.id } })).toBe(0);
    expect(await t.db.workflowEvent.count({ where: { itemId: item.id, toStatus: "PUBLISHED" } })).toBe(0);
    expect(await t.db.auditLog.count({ where: { action: { in: ["item.publish", "royalty.grade"] }, objectId: String(item.id) } })).toBe(0);
  });

  it("refuses to grade or correct in a locked month, and nobody grades their own item", async () => {
    const t = await load();
    await t.ensureSchedule(2026);
    const graded = await t.createPublishedItem({ kind: "NEWS", publishedAt: new Date("2026-04-10T03:00:00Z"), authorIds: [t.cast.author.id] });
    const ungraded = await t.createPublishedItem({ kind: "NEWS", publishedAt: new Date("2026-04-11T03:00:00Z"), authorIds: [t.cast.author.id] });
    await t.gradeItem({ actor: t.cast.board, itemId: graded.id, input: t.input({ genre: "NEWS", grade: "B", coefficient: "1" }) });
    await t.lockMonth("2026-04");

    await expect(t.gradeItem({ actor: t.cast.board, itemId: ungraded.id, input: t.input({ genre: "NEWS", grade: "B", coefficient: "1" }) })).rejects.toThrow(/tháng 04\/2026 đã khóa/);
    await expect(
      t.regradeItem({ actor: t.cast.board, itemId: graded.id, reason: "Nâng loại vì bài được trích dẫn", input: t.input({ genre: "NEWS", grade: "A", coefficient: "2" }) }),
    ).rejects.toThrow(/đã khóa/);
    expect(await t.db.royaltyGrade.findUniqueOrThrow({ where: { itemId: graded.id } })).toMatchObject({ grade: "B", totalVnd: 234_000 });
    expect(await t.db.royaltyGrade.count({ where: { itemId: ungraded.id } })).toBe(0);

    const own = await t.createPublishedItem({ publishedAt: new Date("2026-05-02T03:00:00Z"), authorIds: [t.cast.boardWriter.id] });
    await expect(t.gradeItem({ actor: t.cast.boardWriter, itemId: own.id, input: t.input({ genre: "NEWS", grade: "B", coefficient: "1" }) })).rejects.toThrow(/chính mình viết/);
    await expect(t.gradeItem({ actor: t.cast.secretary, itemId: own.id, input: t.input({ genre: "NEWS", grade: "B", coefficient: "1" }) })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("records a correction with its reason, before and after, and keeps shares adding up to the total", async () => {
    const t = await load();
    await t.ensureSchedule(2026);
    const item = await t.createPublishedItem({ kind: "NEWS", publishedAt: new Date("2026-06-05T03:00:00Z"), authorIds: [t.cast.author.id, t.cast.coAuthor.id, t.cast.secretary.id] });
    await t.gradeItem({ actor: t.cast.board, itemId: item.id, input: t.input({ genre: "NEWS", grade: "C", coefficient: "0,55" }) });
    // 0,55 × 234.000 = 128.700 in three equal shares (3334/3333/3333 points).
    const first = await t.db.royalty.findMany({ where: { itemId: item.id }, orderBy: { id: "asc" } });
    expect(first.map((share) => share.shareBasisPoints)).toEqual([3334, 3333, 3333]);
    expect(first.reduce((sum, share) => sum + share.amountVnd, 0)).toBe(128_700);

    await expect(t.regradeItem({ actor: t.cast.board, itemId: item.id, reason: "  ", input: t.input({ genre: "NEWS", grade: "A", coefficient: "2" }) })).rejects.toThrow(/lý do/);
    await expect(t.regradeItem({ actor: t.cast.board, itemId: item.id, reason: "Không đổi gì cả", input: t.input({ genre: "NEWS", grade: "C", coefficient: "0,55" }) })).rejects.toThrow(/Không có thay đổi/);
    const shares = [
      { userId: t.cast.author.id, percent: "50" },
      { userId: t.cast.coAuthor.id, percent: "33,33" },
      { userId: t.cast.secretary.id, percent: "16,67" },
    ];
    await t.regradeItem({ actor: t.cast.board, itemId: item.id, reason: "Tác giả chính viết phần lớn bài", input: t.input({ genre: "NEWS", grade: "A", coefficient: "1,75", shares }) });

    const grade = await t.db.royaltyGrade.findUniqueOrThrow({ where: { itemId: item.id }, include: { shares: { orderBy: { id: "asc" } }, changes: true } });
    // 1,75 × 234.000 = 409.500: 204.750 + 136.486,35 + 68.263,65 → 204.750 + 136.486 + 68.264.
    expect(grade).toMatchObject({ grade: "A", coefficient: 175, totalVnd: 409_500, period: "2026-06" });
    expect(grade.shares.map((share) => [share.shareBasisPoints, share.amountVnd])).toEqual([
      [5000, 204_750],
      [3333, 136_486],
      [1667, 68_264],
    ]);
    expect(grade.changes).toHaveLength(1);
    expect(grade.changes[0]).toMatchObject({ reason: "Tác giả chính viết phần lớn bài", changedById: t.cast.board.id });
    expect(grade.changes[0]!.before).toMatchObject({ grade: "C", totalVnd: 128_700 });
    expect(grade.changes[0]!.after).toMatchObject({ grade: "A", totalVnd: 409_500 });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "royalty.regrade", objectId: String(item.id) } });
    expect(audit.details).toMatchObject({ reason: "Tác giả chính viết phần lớn bài", before: { totalVnd: 128_700 }, after: { totalVnd: 409_500 } });

    await expect(
      t.regradeItem({
        actor: t.cast.board,
        itemId: item.id,
        reason: "Chia lại cho hai người",
        input: t.input({ genre: "NEWS", grade: "A", coefficient: "1,75", shares: [{ userId: t.cast.author.id, percent: "50" }, { userId: t.cast.coAuthor.id, percent: "50" }] }),
      }),
    ).rejects.toThrow(/đúng các tác giả/);
  });

  it("keeps a scheduled item's grade in the month it goes public, and withdraws it when the schedule is cancelled", async () => {
    const t = await load();
    await t.ensureSchedule(2026);
    const grade = () => t.input({ genre: "ARTICLE", grade: "B", coefficient: "2" });
    // Scheduled for 1 August 2026, 06:30 Vietnam time (31 July 23:30 UTC): the August sheet.
    const approvedAt = new Date("2026-07-20T03:00:00Z");
    const at = new Date("2026-07-31T23:30:00Z");
    const fired = await t.forwarded();
    await t.moveItem({ actor: t.cast.board, itemId: fired.id, move: "schedule", scheduledAt: at, now: approvedAt, grade: grade() });
    expect(await t.db.royaltyGrade.findUniqueOrThrow({ where: { itemId: fired.id } })).toMatchObject({ period: "2026-08", totalVnd: 468_000 });
    expect(await t.publishDueItems({ now: new Date(at.getTime() + 1000) })).toContain(fired.id);
    expect(await t.db.royalty.findMany({ where: { itemId: fired.id }, select: { period: true } })).toEqual([{ period: "2026-08" }, { period: "2026-08" }]);

    // Published at once in July instead: the grade moves to July, recorded.
    const early = await t.forwarded();
    await t.moveItem({ actor: t.cast.board, itemId: early.id, move: "schedule", scheduledAt: at, now: approvedAt, grade: grade() });
    await t.moveItem({ actor: t.cast.board, itemId: early.id, move: "publish", now: new Date("2026-07-25T03:00:00Z") });
    const moved = await t.db.royaltyGrade.findUniqueOrThrow({ where: { itemId: early.id }, include: { changes: true, shares: true } });
    expect(moved.period).toBe("2026-07");
    expect(moved.shares.every((share) => share.period === "2026-07")).toBe(true);
    expect(moved.changes[0]?.reason).toMatch(/tháng 08\/2026 sang kỳ tháng 07\/2026/);

    // Taken off the schedule: never published, so no royalty.
    const cancelled = await t.forwarded();
    await t.moveItem({ actor: t.cast.board, itemId: cancelled.id, move: "schedule", scheduledAt: at, now: approvedAt, grade: grade() });
    await t.moveItem({ actor: t.cast.board, itemId: cancelled.id, move: "unschedule", now: approvedAt });
    expect(await t.db.royaltyGrade.count({ where: { itemId: cancelled.id } })).toBe(0);
    expect(await t.db.royalty.count({ where: { itemId: cancelled.id } })).toBe(0);
    const withdrawn = await t.db.auditLog.findFirstOrThrow({ where: { action: "royalty.withdraw", objectId: String(cancelled.id) } });
    expect(withdrawn.details).toMatchObject({ move: "unschedule", before: { totalVnd: 468_000 } });

    // A second grade of the same item is a correction, not a grade.
    await expect(t.gradeItem({ actor: t.cast.board, itemId: fired.id, input: grade() })).rejects.toThrow(/đã được chấm/);
  });
});
