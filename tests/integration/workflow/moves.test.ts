// Every workflow move against a real database: the new status and its time,
// one event, one audit row and the right people notified (never the actor),
// in one transaction; refusals leave nothing behind; two people moving the
// same item at once cannot both succeed.
import { describe, expect, it, vi } from "vitest";
import type { ItemStatus } from "@/lib/generated/prisma/enums";
import type { WorkflowMove } from "@/lib/workflow/transitions";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

vi.mock("next/cache", () => import("@/tests/setup/next-cache-passthrough"));

const database = setupTestDatabase();

const load = () => loadWith(import("@/lib/server/workflow/move-item"));

type Cast = Awaited<ReturnType<Awaited<ReturnType<typeof load>>["createWorkflowCast"]>>;
type Audience = "secretaries" | "board" | "authors" | "nobody";

const NOW = new Date("2026-03-02T02:00:00Z");
const HOUR = 3_600_000;

type Case = { move: WorkflowMove; from: ItemStatus; to: ItemStatus; by: keyof Cast; note?: string; audience: Audience };
const CASES: Case[] = [
  { move: "submit", from: "DRAFT", to: "SUBMITTED", by: "author", audience: "secretaries" },
  { move: "submit", from: "RETURNED", to: "SUBMITTED", by: "coAuthor", note: "Đã sửa theo góp ý.", audience: "secretaries" },
  { move: "withdraw", from: "SUBMITTED", to: "DRAFT", by: "author", audience: "nobody" },
  { move: "return", from: "SUBMITTED", to: "RETURNED", by: "secretary", note: "Bổ sung số liệu.", audience: "authors" },
  { move: "reject", from: "SUBMITTED", to: "REJECTED", by: "secretary", note: "Trùng nội dung.", audience: "authors" },
  { move: "reject", from: "FORWARDED", to: "REJECTED", by: "board", note: "Không phù hợp.", audience: "authors" },
  { move: "forward", from: "SUBMITTED", to: "FORWARDED", by: "secretary", audience: "board" },
  { move: "sendBack", from: "FORWARDED", to: "SUBMITTED", by: "board", note: "Biên tập lại đoạn hai.", audience: "secretaries" },
  { move: "sendBack", from: "SCHEDULED", to: "SUBMITTED", by: "board", note: "Chờ số liệu mới.", audience: "secretaries" },
  { move: "publish", from: "FORWARDED", to: "PUBLISHED", by: "board", audience: "authors" },
  { move: "publish", from: "SCHEDULED", to: "PUBLISHED", by: "board", audience: "authors" },
  { move: "unschedule", from: "SCHEDULED", to: "FORWARDED", by: "board", audience: "nobody" },
  { move: "unpublish", from: "PUBLISHED", to: "UNPUBLISHED", by: "board", note: "Sai sót cần xác minh.", audience: "authors" },
  { move: "republish", from: "UNPUBLISHED", to: "PUBLISHED", by: "board", audience: "authors" },
];

async function setup(t: Awaited<ReturnType<typeof load>>, status: ItemStatus, extra: { title?: string } = {}) {
  const cast = await t.createWorkflowCast();
  const firstPublished = new Date("2026-01-15T03:00:00Z");
  let item = await t.createItem({
    status,
    title: extra.title,
    authorIds: [cast.author.id, cast.coAuthor.id],
    createdById: cast.author.id,
    publishedAt: status === "PUBLISHED" || status === "UNPUBLISHED" ? firstPublished : null,
  });
  if (status === "SCHEDULED") item = await t.db.item.update({ where: { id: item.id }, data: { scheduledAt: new Date(NOW.getTime() + HOUR) } });
  return { cast, item, firstPublished };
}

async function expectedRecipients(t: Awaited<ReturnType<typeof load>>, audience: Audience, cast: Cast, actorId: number) {
  const byRole = async (role: "SECRETARY" | "EDITORIAL_BOARD") =>
    (await t.db.user.findMany({ where: { roles: { has: role }, isActive: true }, select: { id: true } })).map((u) => u.id);
  const ids =
    audience === "secretaries"
      ? await byRole("SECRETARY")
      : audience === "board"
        ? await byRole("EDITORIAL_BOARD")
        : audience === "authors"
          ? [cast.author.id, cast.coAuthor.id]
          : [];
  return ids.filter((id) => id !== actorId).sort((a, b) => a - b);
}

describe(`workflow moves on ${database.kind}`, () => {
  it.each(CASES)("$move from $from by $by writes status, time, one event, one audit row, notifies $audience", async (c) => {
    const t = await load();
    const { cast, item, firstPublished } = await setup(t, c.from);
    const actor = cast[c.by] as Cast["author"];
    const moved = await t.moveItem({ actor, itemId: item.id, move: c.move, note: c.note, ip: "10.1.2.3", now: NOW });
    expect(moved).toMatchObject({ itemId: item.id, from: c.from, to: c.to });

    const after = await t.db.item.findUniqueOrThrow({ where: { id: item.id } });
    expect(after.status).toBe(c.to);
    expect(after.statusChangedAt).toEqual(NOW);
    // A move is not a save: "Đã lưu lúc" keeps the last save's time.
    expect(after.updatedAt).toEqual(item.updatedAt);
    expect(after.scheduledAt).toBeNull();
    if (c.to === "PUBLISHED") expect(after.publishedAt).toEqual(c.from === "UNPUBLISHED" ? firstPublished : NOW);

    const events = await t.db.workflowEvent.findMany({ where: { itemId: item.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: actor.id, fromStatus: c.from, toStatus: c.to, note: c.note ?? null, createdAt: NOW });

    const audits = await t.db.auditLog.findMany({ where: { objectType: "item", objectId: String(item.id) } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: `item.${c.move}`, actorId: actor.id, ip: "10.1.2.3", result: "SUCCESS" });
    expect(audits[0].details).toMatchObject({ from: c.from, to: c.to });

    const notified = await t.db.notification.findMany({ where: { itemId: item.id }, orderBy: { userId: "asc" } });
    expect(notified.map((n) => n.userId)).toEqual(await expectedRecipients(t, c.audience, cast, actor.id));
    for (const n of notified) {
      expect(n).toMatchObject({ type: `item.${c.move}`, readAt: null });
      expect(n.message).toContain(`«${item.title}»`);
    }
  });

  it("schedule stores the time, names it on the event and tells the authors; then the item waits", async () => {
    const t = await load();
    const { cast, item } = await setup(t, "FORWARDED");
    const at = new Date(NOW.getTime() + 26 * HOUR);
    const moved = await t.moveItem({ actor: cast.board, itemId: item.id, move: "schedule", scheduledAt: at, note: "Đăng dịp kỷ niệm.", now: NOW });
    expect(moved).toMatchObject({ to: "SCHEDULED", scheduledAt: at, isPublicChange: false });
    const after = await t.db.item.findUniqueOrThrow({ where: { id: item.id } });
    expect(after).toMatchObject({ status: "SCHEDULED", scheduledAt: at, publishedAt: null });
    const event = await t.db.workflowEvent.findFirstOrThrow({ where: { itemId: item.id } });
    expect(event.note).toBe("Hẹn đăng lúc 11:00, ngày 03 tháng 03 năm 2026. Đăng dịp kỷ niệm.");
    const notified = await t.db.notification.findMany({ where: { itemId: item.id } });
    expect(notified.map((n) => n.userId).sort()).toEqual([cast.author.id, cast.coAuthor.id].sort());
    expect(notified[0].message).toContain("hẹn đăng lúc 11:00, ngày 03 tháng 03 năm 2026");
  });

  it("schedule needs a time in the future and within a year", async () => {
    const t = await load();
    const { cast, item } = await setup(t, "FORWARDED");
    const schedule = (scheduledAt: Date | null) => t.moveItem({ actor: cast.board, itemId: item.id, move: "schedule", scheduledAt, now: NOW });
    await expect(schedule(null)).rejects.toMatchObject({ code: "VALIDATION", message: "Chọn thời điểm đăng bài." });
    await expect(schedule(new Date(NOW.getTime() - 1000))).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(schedule(NOW)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(schedule(new Date(NOW.getTime() + 367 * 24 * HOUR))).rejects.toMatchObject({
      code: "VALIDATION",
      message: "Chỉ hẹn giờ đăng trong vòng một năm tới.",
    });
    expect(await t.db.item.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: "FORWARDED", scheduledAt: null });
  });

  it.each(["return", "reject", "sendBack", "unpublish"] as const)("%s refuses an empty note and changes nothing", async (move) => {
    const t = await load();
    const from = { return: "SUBMITTED", reject: "SUBMITTED", sendBack: "FORWARDED", unpublish: "PUBLISHED" }[move] as ItemStatus;
    const { cast, item } = await setup(t, from);
    const actor = move === "return" || move === "reject" ? cast.secretary : cast.board;
    for (const note of [undefined, "", "   "]) {
      await expect(t.moveItem({ actor, itemId: item.id, move, note, now: NOW })).rejects.toMatchObject({
        code: "VALIDATION",
        message: "Nhập lý do/ghi chú cho thao tác này.",
      });
    }
    expect((await t.db.item.findUniqueOrThrow({ where: { id: item.id } })).status).toBe(from);
    expect(await t.db.workflowEvent.count({ where: { itemId: item.id } })).toBe(0);
    expect(await t.db.auditLog.count({ where: { objectType: "item", objectId: String(item.id) } })).toBe(0);
    expect(await t.db.notification.count({ where: { itemId: item.id } })).toBe(0);
  });

  it("withdraw works only while the secretary has not acted", async () => {
    const t = await load();
    for (const status of ["DRAFT", "RETURNED", "FORWARDED", "SCHEDULED", "PUBLISHED", "REJECTED"] as const) {
      const { cast, item } = await setup(t, status);
      await expect(t.moveItem({ actor: cast.author, itemId: item.id, move: "withdraw", now: NOW })).rejects.toMatchObject({
        code: "INVALID_TRANSITION",
        message: expect.stringContaining("nên không thể «Rút lại»"),
      });
    }
  });

  it("nobody approves an item they wrote: a board member who co-wrote it cannot publish or schedule it, another can", async () => {
    const t = await load();
    const { cast, item } = await setup(t, "FORWARDED");
    await t.db.itemAuthor.create({ data: { itemId: item.id, userId: cast.boardWriter.id, sortOrder: 2 } });
    const tomorrow = new Date(NOW.getTime() + 24 * HOUR);
    await expect(t.moveItem({ actor: cast.boardWriter, itemId: item.id, move: "publish", now: NOW })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Không ai được tự duyệt bài do chính mình viết.",
    });
    await expect(
      t.moveItem({ actor: cast.boardWriter, itemId: item.id, move: "schedule", scheduledAt: tomorrow, now: NOW }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await t.moveItem({ actor: cast.board, itemId: item.id, move: "publish", now: NOW });
    // The co-writer is told, the approver is not.
    const notified = (await t.db.notification.findMany({ where: { itemId: item.id } })).map((n) => n.userId).sort();
    expect(notified).toEqual([cast.author.id, cast.coAuthor.id, cast.boardWriter.id].sort());
  });

  it("never notifies the person who moved: a secretary submitting her own item is not told", async () => {
    const t = await load();
    const cast = await t.createWorkflowCast();
    const writingSecretary = await t.createUser({ roles: ["CONTRIBUTOR", "SECRETARY"], unitId: cast.unit.id });
    const item = await t.createItem({ status: "DRAFT", authorIds: [writingSecretary.id] });
    await t.moveItem({ actor: writingSecretary, itemId: item.id, move: "submit", now: NOW });
    const notified = (await t.db.notification.findMany({ where: { itemId: item.id } })).map((n) => n.userId);
    expect(notified).toContain(cast.secretary.id);
    expect(notified).not.toContain(writingSecretary.id);
  });

  it("disabled accounts are not notified", async () => {
    const t = await load();
    const { cast, item } = await setup(t, "SUBMITTED");
    await t.db.user.update({ where: { id: cast.coAuthor.id }, data: { isActive: false } });
    await t.moveItem({ actor: cast.secretary, itemId: item.id, move: "return", note: "Sửa tiêu đề.", now: NOW });
    expect((await t.db.notification.findMany({ where: { itemId: item.id } })).map((n) => n.userId)).toEqual([cast.author.id]);
  });

  it("submit, forward and publish check the item is complete, listing what is missing", async () => {
    const t = await load();
    const { cast, item } = await setup(t, "DRAFT", { title: "Tin" });
    await t.db.itemSection.deleteMany({ where: { itemId: item.id } });
    await expect(t.moveItem({ actor: cast.author, itemId: item.id, move: "submit", now: NOW })).rejects.toMatchObject({
      code: "VALIDATION",
      message: "Chưa gửi được bài, còn thiếu: tiêu đề (ít nhất 5 ký tự); chuyên mục.",
    });
    const article = await setup(t, "FORWARDED");
    await t.db.item.update({ where: { id: article.item.id }, data: { kind: "ARTICLE", lead: "" } });
    await expect(t.moveItem({ actor: article.cast.board, itemId: article.item.id, move: "publish", now: NOW })).rejects.toMatchObject({
      code: "VALIDATION",
      message: "Chưa đăng được bài, còn thiếu: sa-pô (bắt buộc với bài).",
    });
  });

  it("an unknown item, or one the person may not see, is NOT_FOUND; a wrong role is FORBIDDEN", async () => {
    const t = await load();
    const { cast, item } = await setup(t, "DRAFT");
    await expect(t.moveItem({ actor: cast.secretary, itemId: 987_654, move: "forward", now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A draft is the author's alone.
    await expect(t.moveItem({ actor: cast.secretary, itemId: item.id, move: "submit", now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const submitted = await setup(t, "SUBMITTED");
    for (const who of ["admin", "standing"] as const) {
      await expect(t.moveItem({ actor: submitted.cast[who], itemId: submitted.item.id, move: "forward", now: NOW })).rejects.toMatchObject({
        code: expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/),
      });
    }
    await expect(t.moveItem({ actor: submitted.cast.secretary, itemId: submitted.item.id, move: "publishScheduled", now: NOW })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("two people moving the same item at once: exactly one succeeds, the other is told the item moved", async () => {
    const t = await load();
    const { cast, item } = await setup(t, "SUBMITTED");
    const results = await Promise.allSettled([
      t.moveItem({ actor: cast.secretary, itemId: item.id, move: "return", note: "Sửa lại phần mở đầu." }),
      t.moveItem({ actor: cast.board, itemId: item.id, move: "forward" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [refused] = results.filter((r) => r.status === "rejected");
    expect(refused.reason).toMatchObject({ code: "INVALID_TRANSITION", message: expect.stringContaining("có thể người khác vừa xử lý bài") });
    expect(await t.db.workflowEvent.count({ where: { itemId: item.id } })).toBe(1);

    // Two board members publishing the same item.
    const forwarded = await setup(t, "FORWARDED");
    const otherBoard = await t.createUser({ roles: ["EDITORIAL_BOARD"] });
    const twice = await Promise.allSettled([
      t.moveItem({ actor: forwarded.cast.board, itemId: forwarded.item.id, move: "publish" }),
      t.moveItem({ actor: otherBoard, itemId: forwarded.item.id, move: "publish" }),
    ]);
    expect(twice.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await t.db.workflowEvent.count({ where: { itemId: forwarded.item.id } })).toBe(1);
    expect(await t.db.auditLog.count({ where: { action: "item.publish", objectId: String(forwarded.item.id) } })).toBe(1);
  });
});
