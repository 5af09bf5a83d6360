// Many people at once, through the layers a request uses (session lookup,
// back-office loaders, editing and workflow use cases, notifications): every
// operation succeeds and every row ends with exactly the values its own
// operation wrote. On the embedded database this is the proof that
// connections never share a statement (lib/runtime/pglite-session-server.ts);
// on native PostgreSQL it is the yardstick.
import { describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

vi.mock("next/cache", () => import("@/tests/setup/next-cache-passthrough"));

// A pool as large as a busy site's: the bug this guards against needs
// several connections, and no pool size may bring it back.
process.env.DATABASE_POOL_MAX = "16";
setupTestDatabase();

const WRITERS = 12;
const ITEMS_PER_WRITER = 3;

const load = () =>
  loadWith(
    import("@/lib/server/auth/sessions"),
    import("@/lib/server/items/editing/create-item").then((m) => ({ newItem: m.createItem })),
    import("@/lib/server/items/editing/save-item"),
    import("@/lib/server/items/editing/get-editor-item"),
    import("@/lib/server/items/lists/list-my-items"),
    import("@/lib/server/items/lists/list-review-queue"),
    import("@/lib/server/workflow/move-item"),
    import("@/lib/server/notifications/list-notifications"),
    import("@/lib/server/notifications/count-unread"),
    import("@/lib/server/notifications/mark-notifications-read"),
    import("@/tests/factories/editing"),
  );

type T = Awaited<ReturnType<typeof load>>;

/** An article-length body that names its item everywhere, so a mix-up shows. */
function bodyFor(marker: string) {
  const paragraph = `Đoạn văn của ${marker}: Đảng bộ Khối các cơ quan tỉnh đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. `;
  return {
    type: "doc" as const,
    content: Array.from({ length: 60 }, () => ({ type: "paragraph", content: [{ type: "text", text: paragraph.repeat(4) }] })),
  };
}

async function arrange(t: T) {
  const cast = await t.createWorkflowCast();
  const section = await t.createSection();
  const writers = await Promise.all(
    Array.from({ length: WRITERS }, (_, i) => t.createUser({ name: `Cộng tác viên ${i}`, unitId: cast.unit.id })),
  );
  const actorOf = (user: { id: number; roles: readonly Role[]; name: string }) => ({
    id: user.id,
    roles: user.roles,
    isActive: true,
    name: user.name,
  });
  // Drafts the writers will save and submit, and submitted items the secretary
  // will forward; each writer also has unread notifications from earlier moves.
  const drafts: { itemId: number; writer: (typeof writers)[number] }[] = [];
  const submitted: number[] = [];
  for (const writer of writers) {
    for (let n = 0; n < ITEMS_PER_WRITER; n++) {
      const { id } = await t.newItem({ actor: actorOf(writer), input: { kind: "NEWS" } });
      drafts.push({ itemId: id, writer });
    }
    const ready = await t.newItem({ actor: actorOf(writer), input: { kind: "NEWS" } });
    await t.saveItem({
      actor: actorOf(writer),
      input: t.saveInput(ready.id, 1, { title: `Tin chờ biên tập của ${writer.name}`, sectionIds: [section.id], bodyJson: bodyFor(`chờ-${ready.id}`) }),
    });
    await t.moveItem({ actor: actorOf(writer), itemId: ready.id, move: "submit" });
    await t.moveItem({ actor: actorOf(cast.secretary), itemId: ready.id, move: "return", note: `Góp ý cho bài ${ready.id}` });
    await t.saveItem({ actor: actorOf(writer), input: t.saveInput(ready.id, 2, { title: `Tin chờ biên tập của ${writer.name}`, sectionIds: [section.id], bodyJson: bodyFor(`chờ-${ready.id}`) }) });
    await t.moveItem({ actor: actorOf(writer), itemId: ready.id, move: "submit" });
    submitted.push(ready.id);
  }
  const sessions = await Promise.all(
    writers.map(async (writer) => ({
      writer,
      sessionId: await t.createUserSession({ userId: writer.id, now: new Date(), ip: null, userAgent: "stress" }),
    })),
  );
  return { cast, section, writers, drafts, submitted, sessions, actorOf };
}

describe("concurrent requests on one database", () => {
  it("runs hundreds of mixed reads and writes at once, each with its own values", async () => {
    const t = await load();
    const a = await arrange(t);
    const secretary = a.actorOf(a.cast.secretary);
    const unreadBefore = new Map<number, number[]>();
    for (const writer of a.writers) {
      const rows = await t.db.notification.findMany({ where: { userId: writer.id, readAt: null }, select: { id: true } });
      unreadBefore.set(writer.id, rows.map((row) => row.id));
    }
    // Half the writers mark one notification read; the others keep theirs.
    const markedBy = a.writers.filter((_, i) => i % 2 === 0);

    const operations: Array<() => Promise<void>> = [];
    for (const { itemId, writer } of a.drafts) {
      const marker = `bài-${itemId}-của-${writer.id}`;
      operations.push(async () => {
        const saved = await t.saveItem({
          actor: a.actorOf(writer),
          input: t.saveInput(itemId, 1, { title: `Tiêu đề ${marker}`, lead: `Sa-pô ${marker}`, sectionIds: [a.section.id], bodyJson: bodyFor(marker) }),
        });
        expect(saved.version).toBe(2);
        await t.moveItem({ actor: a.actorOf(writer), itemId, move: "submit" });
      });
    }
    for (const itemId of a.submitted) {
      operations.push(async () => {
        const moved = await t.moveItem({ actor: secretary, itemId, move: "forward" });
        expect(moved).toMatchObject({ itemId, from: "SUBMITTED", to: "FORWARDED" });
      });
    }
    for (const writer of markedBy) {
      operations.push(async () => {
        const changed = await t.markNotificationsRead({ userId: writer.id, ids: unreadBefore.get(writer.id)!.slice(0, 1) });
        expect(changed).toBe(1);
      });
    }
    for (let round = 0; round < 6; round++) {
      for (const { writer, sessionId } of a.sessions) {
        operations.push(async () => {
          const user = await t.resolveSession({ sessionId, sessionVersion: 0 });
          expect(user?.id).toBe(writer.id);
        });
        operations.push(async () => {
          const page = await t.listMyItems({ id: writer.id }, { page: 1 });
          expect(page.total).toBe(ITEMS_PER_WRITER + 1);
          for (const row of page.items) expect(a.drafts.some((d) => d.itemId === row.id && d.writer.id === writer.id) || a.submitted.includes(row.id)).toBe(true);
        });
        operations.push(async () => {
          const notifications = await t.listNotifications({ userId: writer.id });
          expect(notifications.total).toBe(unreadBefore.get(writer.id)!.length);
          for (const notification of notifications.rows) expect(unreadBefore.get(writer.id)).toContain(notification.id);
          expect(await t.countUnreadNotifications(writer.id)).toBeLessThanOrEqual(unreadBefore.get(writer.id)!.length);
        });
      }
      const { itemId, writer } = a.drafts[round];
      operations.push(async () => {
        const item = await t.getEditorItem(itemId, a.actorOf(writer));
        expect(item?.id).toBe(itemId);
      });
      operations.push(async () => {
        await t.listReviewQueue("SUBMITTED");
      });
    }
    expect(operations.length).toBeGreaterThanOrEqual(200);

    const results = await Promise.allSettled(operations.map((operation) => operation()));
    const failures = results.filter((result) => result.status === "rejected").map((result) => String((result as PromiseRejectedResult).reason));
    expect(failures).toEqual([]);

    // Every row holds its own operation's values, nobody else's.
    for (const { itemId, writer } of a.drafts) {
      const marker = `bài-${itemId}-của-${writer.id}`;
      const item = await t.db.item.findUniqueOrThrow({
        where: { id: itemId },
        select: { title: true, lead: true, bodyText: true, status: true, version: true, createdById: true, sections: { select: { sectionId: true } } },
      });
      expect(item).toMatchObject({ title: `Tiêu đề ${marker}`, lead: `Sa-pô ${marker}`, status: "SUBMITTED", version: 2, createdById: writer.id });
      expect(item.bodyText).toContain(`Đoạn văn của ${marker}:`);
      expect(item.bodyText.match(/Đoạn văn của ([^:]+):/g)?.every((m) => m === `Đoạn văn của ${marker}:`)).toBe(true);
      expect(item.sections).toEqual([{ sectionId: a.section.id }]);
      const events = await t.db.workflowEvent.findMany({ where: { itemId }, select: { actorId: true, fromStatus: true, toStatus: true } });
      expect(events).toEqual([{ actorId: writer.id, fromStatus: "DRAFT", toStatus: "SUBMITTED" }]);
    }
    for (const itemId of a.submitted) {
      const item = await t.db.item.findUniqueOrThrow({ where: { id: itemId }, select: { status: true } });
      expect(item.status).toBe("FORWARDED");
      const last = await t.db.workflowEvent.findFirstOrThrow({ where: { itemId }, orderBy: { id: "desc" }, select: { actorId: true, toStatus: true } });
      expect(last).toEqual({ actorId: a.cast.secretary.id, toStatus: "FORWARDED" });
    }
    for (const writer of a.writers) {
      const stillUnread = await t.db.notification.findMany({ where: { userId: writer.id, readAt: null }, select: { id: true } });
      const expected = markedBy.includes(writer) ? unreadBefore.get(writer.id)!.slice(1) : unreadBefore.get(writer.id)!;
      expect(stillUnread.map((row) => row.id).sort()).toEqual([...expected].sort());
    }
    // The secretaries were told of each new submission, once.
    const told = await t.db.notification.count({ where: { userId: a.cast.secretary.id, itemId: { in: a.drafts.map((d) => d.itemId) } } });
    expect(told).toBe(a.drafts.length);
  });
});
