// Scheduled publication against a real database: an item goes public at its
// time (dated that time, by its approver), not before, once only, even with
// two schedulers running; and the start-up catch-up publishes what fell due
// while the site was down.
import { describe, expect, it, vi } from "vitest";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

vi.mock("next/cache", () => import("@/tests/setup/next-cache-passthrough"));

const database = setupTestDatabase();

const load = () =>
  loadWith(
    import("@/lib/server/workflow/move-item"),
    import("@/lib/server/workflow/publish-due-items"),
    import("@/lib/server/workflow/scheduler"),
    import("@/lib/server/items/public/get-public-item"),
  );

const MINUTE = 60_000;

describe(`scheduled publication on ${database.kind}`, () => {
  it("publishes a scheduled item at its time, dated that time, by the board member who approved it", async () => {
    const t = await load();
    const cast = await t.createWorkflowCast();
    const item = await t.createItem({ status: "FORWARDED", publishedAt: null, authorIds: [cast.author.id, cast.coAuthor.id] });
    const approvedAt = new Date("2026-04-01T01:00:00Z");
    const at = new Date("2026-04-01T23:30:00Z");
    await t.moveItem({ actor: cast.board, itemId: item.id, move: "schedule", scheduledAt: at, now: approvedAt });

    expect(await t.publishDueItems({ now: new Date(at.getTime() - 1) })).not.toContain(item.id);
    expect((await t.db.item.findUniqueOrThrow({ where: { id: item.id } })).status).toBe("SCHEDULED");
    expect(await t.getPublicItem(item.slug)).toBeNull();

    const ranAt = new Date(at.getTime() + 20_000);
    expect(await t.publishDueItems({ now: ranAt })).toEqual([item.id]);
    const after = await t.db.item.findUniqueOrThrow({ where: { id: item.id } });
    expect(after).toMatchObject({ status: "PUBLISHED", publishedAt: at, scheduledAt: null, statusChangedAt: ranAt });
    const event = await t.db.workflowEvent.findFirstOrThrow({ where: { itemId: item.id, toStatus: "PUBLISHED" } });
    expect(event).toMatchObject({ actorId: cast.board.id, fromStatus: "SCHEDULED", note: "Tự động đăng theo lịch hẹn", createdAt: ranAt });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "item.publishScheduled", objectId: String(item.id) } });
    expect(audit).toMatchObject({ actorId: null, result: "SUCCESS" });
    expect(audit.details).toMatchObject({ approvedById: cast.board.id, scheduledAt: at.toISOString() });
    const told = await t.db.notification.findMany({ where: { itemId: item.id, type: "item.publishScheduled" } });
    expect(told.map((n) => n.userId).sort()).toEqual([cast.author.id, cast.coAuthor.id].sort());
    expect((await t.getPublicItem(item.slug))?.publishedAt).toBe(at.toISOString());

    // Again: nothing twice.
    expect(await t.publishDueItems({ now: new Date(at.getTime() + 10 * MINUTE) })).toEqual([]);
    expect(await t.db.workflowEvent.count({ where: { itemId: item.id, toStatus: "PUBLISHED" } })).toBe(1);
    expect(await t.db.notification.count({ where: { itemId: item.id, type: "item.publishScheduled" } })).toBe(2);
  });

  it("leaves items due later, and items no longer scheduled, alone", async () => {
    const t = await load();
    const cast = await t.createWorkflowCast();
    const now = new Date("2026-05-01T00:00:00Z");
    const later = await t.createScheduledItem({ scheduledAt: new Date(now.getTime() + MINUTE), approverId: cast.board.id });
    const unscheduled = await t.createScheduledItem({ scheduledAt: new Date(now.getTime() - MINUTE), approverId: cast.board.id });
    await t.moveItem({ actor: cast.board, itemId: unscheduled.id, move: "unschedule", now: new Date(now.getTime() - 30_000) });
    const published = await t.publishDueItems({ now });
    expect(published).not.toContain(later.id);
    expect(published).not.toContain(unscheduled.id);
    expect((await t.db.item.findUniqueOrThrow({ where: { id: later.id } })).status).toBe("SCHEDULED");
    expect(await t.db.item.findUniqueOrThrow({ where: { id: unscheduled.id } })).toMatchObject({ status: "FORWARDED", scheduledAt: null });
  });

  it("two schedulers at once publish each item exactly once", async () => {
    const t = await load();
    const cast = await t.createWorkflowCast();
    const at = new Date("2026-06-01T00:00:00Z");
    const items = [
      await t.createScheduledItem({ scheduledAt: at, approverId: cast.board.id }),
      await t.createScheduledItem({ scheduledAt: new Date(at.getTime() + 1000), approverId: cast.board.id }),
    ];
    const now = new Date(at.getTime() + MINUTE);
    const [first, second] = await Promise.all([t.publishDueItems({ now }), t.publishDueItems({ now })]);
    const ids = items.map((i) => i.id);
    expect([...first, ...second].filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      expect(await t.db.workflowEvent.count({ where: { itemId: id, toStatus: "PUBLISHED" } })).toBe(1);
      expect(await t.db.auditLog.count({ where: { action: "item.publishScheduled", objectId: String(id) } })).toBe(1);
    }
  });

  it("the start-up catch-up publishes an item that fell due while the site was down, dated its promised time", async () => {
    const t = await load();
    const cast = await t.createWorkflowCast();
    const promised = new Date(Date.now() - 3 * 60 * MINUTE);
    const overdue = await t.createScheduledItem({ scheduledAt: promised, approverId: cast.board.id, authorIds: [cast.author.id] });
    const future = await t.createScheduledItem({ scheduledAt: new Date(Date.now() + 60 * MINUTE), approverId: cast.board.id });
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    const published = await t.catchUpScheduledItems();
    expect(published).toContain(overdue.id);
    expect(published).not.toContain(future.id);
    expect(await t.db.item.findUniqueOrThrow({ where: { id: overdue.id } })).toMatchObject({ status: "PUBLISHED", publishedAt: promised });
    const event = await t.db.workflowEvent.findFirstOrThrow({ where: { itemId: overdue.id, toStatus: "PUBLISHED" } });
    expect(event.actorId).toBe(cast.board.id);
    expect(await t.getPublicItem(overdue.slug)).not.toBeNull();
  });

  it("publishing now from SCHEDULED dates the item now and the scheduler then skips it", async () => {
    const t = await load();
    const cast = await t.createWorkflowCast();
    const at = new Date("2026-07-01T00:00:00Z");
    const item = await t.createScheduledItem({ scheduledAt: at, approverId: cast.board.id });
    const now = new Date(at.getTime() - 60 * MINUTE);
    await t.moveItem({ actor: cast.board, itemId: item.id, move: "publish", now });
    expect(await t.db.item.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: "PUBLISHED", publishedAt: now, scheduledAt: null });
    expect(await t.publishDueItems({ now: new Date(at.getTime() + MINUTE) })).not.toContain(item.id);
  });
});
