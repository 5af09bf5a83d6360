// "Đã đăng fanpage" / "Đã phát thanh" on published items: recorded with an
// audit row, refused with a Vietnamese reason and nothing saved, taken back
// only by the recorder (within a day) or the board; counted by the section
// cadence per channel and by the activity report.
import { describe, expect, it, vi } from "vitest";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

vi.mock("next/cache", () => import("@/tests/setup/next-cache-passthrough"));

const database = setupTestDatabase();

const load = () =>
  loadWith(
    import("@/tests/factories/reports"),
    import("@/lib/server/channels/record-channel-post"),
    import("@/lib/server/channels/remove-channel-post"),
    import("@/lib/server/reports/get-channel-cadence"),
    import("@/lib/server/reports/get-channel-activity"),
    import("@/lib/reports/report-period"),
    import("@/lib/server/sections/update-section"),
  );

const vnDate = (instant: Date) => new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

describe(`channel posts on ${database.kind}`, () => {
  it("records fanpage and radio posts several times, each with an audit row", async () => {
    const t = await load();
    const secretary = await t.createUser({ roles: ["SECRETARY"] });
    const item = await t.createPublishedItem({ publishedAt: new Date(Date.now() - 3 * 86_400_000) });
    const day = vnDate(new Date());
    const input = { itemId: item.id, channel: "FANPAGE" as const, outlet: "Điểm sáng vùng biên", url: "https://www.facebook.com/diemsangvungbien/posts/1", postedOn: day };
    await t.recordChannelPost({ actor: secretary, input });
    await t.recordChannelPost({ actor: secretary, input: { ...input, url: "https://www.facebook.com/mttq/posts/2", outlet: "Fanpage MTTQ xã" } });
    await t.recordChannelPost({ actor: secretary, input: { itemId: item.id, channel: "RADIO", outlet: "Đài truyền thanh xã", url: null, postedOn: day } });

    const posts = await t.db.itemChannelPost.findMany({ where: { itemId: item.id }, orderBy: { id: "asc" } });
    expect(posts.map((p) => [p.channel, p.outlet, p.url, p.postedOn.toISOString().slice(0, 10)])).toEqual([
      ["FANPAGE", "Điểm sáng vùng biên", "https://www.facebook.com/diemsangvungbien/posts/1", day],
      ["FANPAGE", "Fanpage MTTQ xã", "https://www.facebook.com/mttq/posts/2", day],
      ["RADIO", "Đài truyền thanh xã", null, day],
    ]);
    expect(await t.db.auditLog.count({ where: { action: "channel.record", objectId: String(item.id), actorId: secretary.id } })).toBe(3);
  });

  it("refuses a draft and a date before the item went up, saving nothing", async () => {
    const t = await load();
    const secretary = await t.createUser({ roles: ["SECRETARY"] });
    const draft = await t.createDraftItem();
    const published = await t.createPublishedItem({ publishedAt: new Date("2026-11-20T03:00:00Z") });
    const radio = { channel: "RADIO" as const, outlet: "Đài truyền thanh xã", url: null };
    await expect(t.recordChannelPost({ actor: secretary, input: { ...radio, itemId: draft.id, postedOn: vnDate(new Date()) } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Chỉ ghi nhận fanpage, phát thanh cho tin, bài đang đăng trên trang.",
    });
    await expect(t.recordChannelPost({ actor: secretary, input: { ...radio, itemId: published.id, postedOn: "2026-11-19" } })).rejects.toMatchObject({
      code: "VALIDATION",
      message: "Ngày đăng không được trước ngày tin, bài lên trang (20/11/2026).",
    });
    const ids = [String(draft.id), String(published.id)];
    expect(await t.db.itemChannelPost.count({ where: { itemId: { in: [draft.id, published.id] } } })).toBe(0);
    expect(await t.db.auditLog.count({ where: { action: "channel.record", objectId: { in: ids } } })).toBe(0);
  });

  it("lets the recorder take a post back within a day and the board any time; others never", async () => {
    const t = await load();
    const [recorder, other, board] = [
      await t.createUser({ roles: ["SECRETARY"] }),
      await t.createUser({ roles: ["SECRETARY"] }),
      await t.createUser({ roles: ["EDITORIAL_BOARD"] }),
    ];
    const item = await t.createPublishedItem({ publishedAt: new Date(Date.now() - 86_400_000) });
    const input = { itemId: item.id, channel: "RADIO" as const, outlet: "Đài truyền thanh xã", url: null, postedOn: vnDate(new Date()) };
    const first = await t.recordChannelPost({ actor: recorder, input });
    const second = await t.recordChannelPost({ actor: recorder, input });

    await expect(t.removeChannelPost({ actor: other, postId: first.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const tomorrow = new Date(Date.now() + 25 * 3_600_000);
    await expect(t.removeChannelPost({ actor: recorder, postId: first.id, now: tomorrow })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await t.removeChannelPost({ actor: recorder, postId: first.id });
    await t.removeChannelPost({ actor: board, postId: second.id, now: tomorrow });

    expect(await t.db.itemChannelPost.count({ where: { itemId: item.id } })).toBe(0);
    const audits = await t.db.auditLog.findMany({ where: { action: "channel.remove" }, orderBy: { id: "asc" } });
    expect(audits.map((a) => [a.actorId, (a.details as { postId: number; outlet: string }).postId, (a.details as { outlet: string }).outlet])).toEqual([
      [recorder.id, first.id, "Đài truyền thanh xã"],
      [board.id, second.id, "Đài truyền thanh xã"],
    ]);
  });

  it("keeps section targets per channel and measures each channel against its own", async () => {
    const t = await load();
    const admin = await t.createUser({ roles: ["ADMINISTRATOR"] });
    const secretary = await t.createUser({ roles: ["SECRETARY"] });
    const section = await t.createCadenceSection({ name: "Theo gương Bác (kênh)", cadence: "DAILY", target: 1 });
    const base = { sectionId: section.id, name: section.name, description: null, cadence: "DAILY" as const, cadenceTarget: 1, slug: undefined };
    await t.updateSection({ actor: admin, input: { ...base, channelTargets: { FANPAGE: { cadence: "DAILY", target: 1 }, RADIO: { cadence: "DAILY", target: 2 } } } });
    // A save without the channel fields leaves them alone.
    await t.updateSection({ actor: admin, input: { ...base, name: "Theo gương Bác" } });
    const targets = await t.db.sectionChannelTarget.findMany({ where: { sectionId: section.id }, orderBy: { channel: "asc" } });
    expect(targets.map((x) => [x.channel, x.cadence, x.target])).toEqual([["FANPAGE", "DAILY", 1], ["RADIO", "DAILY", 2]]);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "sections.update", objectId: String(section.id) }, orderBy: { id: "asc" } });
    expect(audit.details).toMatchObject({ channelTargets: { FANPAGE: { from: null, to: { cadence: "DAILY", target: 1 } } } });

    // November 2026: 30 days, so 30 fanpage posts and 60 broadcasts asked for.
    const period = t.monthPeriod(2026, 11);
    const item = await t.createPublishedItem({ sectionIds: [section.id], publishedAt: new Date("2026-10-31T20:00:00Z") });
    for (const day of ["2026-11-01", "2026-11-02", "2026-11-30", "2026-12-01"]) {
      await t.recordChannelPost({ actor: secretary, input: { itemId: item.id, channel: "FANPAGE", outlet: "Điểm sáng vùng biên", url: "https://facebook.com/p/1", postedOn: day } });
    }
    const rows = await t.getChannelCadence(period, new Date("2026-12-06T00:00:00Z"));
    expect(rows.map((r) => [r.name, r.channel, r.expected, r.posted, r.lastOn, r.isBehind])).toEqual([
      ["Theo gương Bác", "FANPAGE", 30, 3, "2026-11-30", true],
      ["Theo gương Bác", "RADIO", 60, 0, null, true],
    ]);

    // "Không đặt" removes a channel's target.
    await t.updateSection({ actor: admin, input: { ...base, channelTargets: { RADIO: { cadence: "NONE", target: 0 } } } });
    expect((await t.getChannelCadence(period, new Date("2026-12-06T00:00:00Z"))).map((r) => r.channel)).toEqual(["FANPAGE"]);
  });

  it("counts fanpage posts and broadcasts of the period by primary section and unit in the activity report", async () => {
    const t = await load();
    const secretary = await t.createUser({ roles: ["SECRETARY"] });
    const unit = await t.createUnit({ name: "Đoàn Thanh niên Khối" });
    const section = await t.createSection({ name: "Công tác Tuyên vận" });
    const item = await t.createPublishedItem({ sectionIds: [section.id], unitId: unit.id, publishedAt: new Date("2026-09-20T03:00:00Z") });
    const post = (channel: "FANPAGE" | "RADIO", postedOn: string) =>
      t.recordChannelPost({ actor: secretary, input: { itemId: item.id, channel, outlet: "Nơi đăng", url: channel === "FANPAGE" ? "https://facebook.com/p" : null, postedOn } });
    await post("FANPAGE", "2026-10-01");
    await post("FANPAGE", "2026-10-31");
    await post("RADIO", "2026-10-15");
    await post("RADIO", "2026-09-30"); // the previous period
    await post("FANPAGE", "2026-11-01"); // after the period

    const period = t.monthPeriod(2026, 10);
    const report = await t.getChannelActivity(period, t.previousPeriod(period));
    expect(report.totals).toEqual({ FANPAGE: { count: 2, previous: 0 }, RADIO: { count: 1, previous: 1 } });
    expect(report.bySection).toEqual([{ sectionId: section.id, name: "Công tác Tuyên vận", counts: report.totals }]);
    expect(report.byUnit).toEqual([{ unitId: unit.id, name: "Đoàn Thanh niên Khối", counts: report.totals }]);
  });
});
