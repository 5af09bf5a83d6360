// What readers see around now: running campaigns and banners only, archived
// campaigns off the list but their pages readable, drafts never listed; and
// the launcher's watcher waking at a window's edge to expire the caches.
import { describe, expect, it, vi } from "vitest";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

vi.mock("next/cache", () => import("@/tests/setup/next-cache-passthrough"));

const database = setupTestDatabase();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const load = () =>
  loadWith(
    import("@/lib/validations/banner"),
    import("@/lib/server/banners/create-banner"),
    import("@/lib/server/banners/set-banner-active"),
    import("@/lib/server/banners/delete-banner"),
    import("@/lib/server/campaigns/field-error"),
    import("@/lib/server/campaigns/list-running-campaigns"),
    import("@/lib/server/banners/list-running-banners"),
    import("@/lib/server/campaigns/list-public-campaigns"),
    import("@/lib/server/campaigns/get-public-campaign"),
    import("@/lib/server/campaigns/list-campaign-items"),
    import("@/lib/server/campaigns/find-window-edges"),
    import("@/lib/server/campaigns/window-edge-watcher"),
  );

async function campaign(name: string, startsAt: Date, endsAt: Date, extra: { archivedAt?: Date; isSiteWide?: boolean; sortOrder?: number } = {}) {
  const { db } = await load();
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return db.campaign.create({ data: { name, slug, startsAt, endsAt, ...extra } });
}

describe(`public campaign and banner windows on ${database.kind}`, () => {
  it("puts switched-on campaign pages in the sitemap and gives unknown or switched-off ones a 404 before rendering", async () => {
    const now = new Date();
    const shown = await campaign("shown in sitemap", new Date(now.getTime() - DAY), new Date(now.getTime() + DAY));
    const archived = await campaign("archived but readable", new Date(now.getTime() - 9 * DAY), new Date(now.getTime() - DAY), { archivedAt: now });
    const { db } = await load();
    const off = await db.campaign.create({
      data: { name: "off", slug: "switched-off", startsAt: now, endsAt: new Date(now.getTime() + DAY), isActive: false },
    });
    const { listSitemapEntries } = await import("@/lib/server/feeds/list-sitemap-entries");
    const slugs = (await listSitemapEntries()).campaigns.map((c) => c.slug);
    expect(slugs).toEqual(expect.arrayContaining([shown.slug, archived.slug]));
    expect(slugs).not.toContain(off.slug);

    const { publicRouteExists } = await import("@/lib/server/routing/public-route-exists");
    expect(await publicRouteExists({ kind: "campaign", slug: shown.slug })).toBe(true);
    expect(await publicRouteExists({ kind: "campaign", slug: archived.slug })).toBe(true);
    expect(await publicRouteExists({ kind: "campaign", slug: off.slug })).toBe(false);
    expect(await publicRouteExists({ kind: "campaign", slug: "khong-co-chuyen-trang" })).toBe(false);
    // The file shares one database: leave the windows below to their own campaigns.
    await db.campaign.deleteMany({ where: { id: { in: [shown.id, archived.id, off.id] } } });
  });

  it("shows running campaigns only, in their order; lists upcoming and past apart; archived ones keep only their page", async () => {
    const t = await load();
    const now = new Date();
    const running = await campaign("running", new Date(now.getTime() - DAY), new Date(now.getTime() + DAY), { sortOrder: 2 });
    const first = await campaign("first", new Date(now.getTime() - HOUR), new Date(now.getTime() + HOUR), { sortOrder: 1, isSiteWide: true });
    const endedYesterday = await campaign("ended", new Date(now.getTime() - 10 * DAY), new Date(now.getTime() - DAY));
    const upcoming = await campaign("upcoming", new Date(now.getTime() + DAY), new Date(now.getTime() + 2 * DAY));
    const archived = await campaign("archived", new Date(now.getTime() - DAY), new Date(now.getTime() + DAY), { archivedAt: now });

    const shown = await t.listRunningCampaigns(now);
    expect(shown.campaigns.map((c) => c.slug)).toEqual([first.slug, running.slug]);
    expect(shown.campaigns[0]!.isSiteWide).toBe(true);
    expect(shown.changesAt?.getTime()).toBe(first.endsAt.getTime());
    // The same cached list, read a day and a half later: the window moved on.
    expect((await t.listRunningCampaigns(new Date(now.getTime() + 1.5 * DAY))).campaigns.map((c) => c.slug)).toEqual([upcoming.slug]);

    const list = await t.listPublicCampaigns(now);
    expect(list.running.map((c) => c.slug)).toEqual([first.slug, running.slug]);
    expect(list.upcoming.map((c) => c.slug)).toEqual([upcoming.slug]);
    expect(list.past.map((c) => c.slug)).toEqual([endedYesterday.slug]);
    expect((await t.getPublicCampaign(archived.slug))?.isArchived).toBe(true);
    expect(await t.getPublicCampaign("khong-co")).toBeNull();

    const published = await t.createPublishedItem({ title: "Tin đã đăng của chuyên trang" });
    const draft = await t.createDraftItem({ title: "Bản nháp của chuyên trang" });
    await t.db.campaignItem.createMany({ data: [{ campaignId: running.id, itemId: published.id }, { campaignId: running.id, itemId: draft.id }] });
    const page = await t.listCampaignItems(running.id, 1);
    expect(page.items.map((item) => item.title)).toEqual(["Tin đã đăng của chuyên trang"]);
    expect(page.total).toBe(1);
  });

  it("shows banners per slot inside their window, refuses a non-image or a javascript: link, hides a switched-off one", async () => {
    const t = await load();
    const admin = await t.createUser({ roles: ["ADMINISTRATOR"] });
    const image = await t.createMediaFile();
    const video = await t.createMediaFile({ kind: "VIDEO" });
    const input = (overrides: Record<string, string>) =>
      t.bannerCreateSchema.parse({ name: "Báo Nhân Dân", slot: "SIDE", imageId: String(image.id), alt: "Báo Nhân Dân", linkUrl: "https://nhandan.vn", ...overrides });

    const script = t.bannerCreateSchema.safeParse({ name: "X", slot: "TOP", imageId: String(image.id), alt: "X", linkUrl: "javascript:alert(1)" });
    expect(script.error?.issues.map((issue) => issue.path[0])).toEqual(["linkUrl"]);
    await expect(t.createBanner({ actor: admin, input: input({ imageId: String(video.id) }) })).rejects.toThrow(/^Banner phải là một ảnh/);
    expect(await t.db.banner.count()).toBe(0);

    const side = await t.createBanner({ actor: admin, input: input({}) });
    const top = await t.createBanner({ actor: admin, input: input({ slot: "TOP", name: "Đại hội", linkUrl: "/chuyen-trang/dai-hoi", startDate: "01/01/2020", endDate: "31/12/2099" }) });
    const later = await t.createBanner({ actor: admin, input: input({ slot: "TOP", name: "Sắp tới", startDate: "01/01/2099" }) });
    await t.createBanner({ actor: admin, input: input({ slot: "TOP", name: "Đã qua", startDate: "01/01/2020", endDate: "31/12/2020" }) });

    const now = new Date();
    const shown = await t.listRunningBanners(now);
    expect(shown.side.map((b) => b.id)).toEqual([side.id]);
    expect(shown.top.map((b) => b.id)).toEqual([top.id]);
    expect(shown.top[0]!.linkUrl).toBe("/chuyen-trang/dai-hoi");
    expect(shown.changesAt?.getTime()).toBe(later.startsAt!.getTime());

    await t.setBannerActive({ actor: admin, bannerId: side.id, isActive: false });
    expect((await t.listRunningBanners(now)).side).toEqual([]);
    await t.deleteBanner({ actor: admin, bannerId: side.id });
    expect(await t.db.banner.findUnique({ where: { id: side.id } })).toBeNull();
    const actions = (await t.db.auditLog.findMany({ where: { objectType: "banner" }, orderBy: { id: "asc" } })).map((row) => row.action);
    expect(actions).toEqual(["banner.create", "banner.create", "banner.create", "banner.create", "banner.deactivate", "banner.delete"]);
  });

  it("finds edges crossed between two checks, and the watcher expires the caches at a banner's start", async () => {
    const t = await load();
    const image = await t.createMediaFile();
    const startsAt = new Date(Date.now() + 3000);
    await t.db.banner.create({ data: { slot: "TOP", name: "Hẹn giờ", imageId: image.id, alt: "Hẹn giờ", linkUrl: "/", startsAt } });

    const before = await t.findWindowEdges(new Date(startsAt.getTime() - 2000), new Date(startsAt.getTime() - 1));
    expect(before.isCrossed).toBe(false);
    expect(before.next?.getTime()).toBe(startsAt.getTime());
    expect((await t.findWindowEdges(new Date(startsAt.getTime() - 1), startsAt)).isCrossed).toBe(true);

    const expiries: number[] = [];
    // A one-minute interval: only waking at the known edge can fire within seconds.
    const watcher = t.startWindowEdgeWatcher({ intervalSeconds: 60, onEdge: async () => void expiries.push(Date.now()) });
    try {
      await vi.waitFor(() => expect(expiries.length).toBe(1), { timeout: 10_000, interval: 100 });
    } finally {
      await watcher.stop();
    }
    expect(expiries[0]!).toBeGreaterThanOrEqual(startsAt.getTime());
    expect(expiries[0]! - startsAt.getTime()).toBeLessThan(2500);
  });
});
