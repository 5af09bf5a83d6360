// The public site's loaders ("site" and "search" own them) against a real
// database: nothing non-public leaks, pages hold 20 items, newest first.
// They are wrapped in next/cache's unstable_cache, which throws outside a
// Next.js request: it is replaced by a pass-through.
import { describe, expect, it, vi } from "vitest";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

vi.mock("next/cache", () => import("@/tests/setup/next-cache-passthrough"));

const database = setupTestDatabase();

const load = () =>
  loadWith(
    import("@/lib/server/items/public/list-section-items"),
    import("@/lib/server/items/public/list-related-items"),
    import("@/lib/server/items/public/get-public-item"),
    import("@/lib/search/parse-search-query"),
    import("@/lib/server/search/search-items"),
  );

const NON_PUBLIC = ["DRAFT", "SUBMITTED", "RETURNED", "FORWARDED", "SCHEDULED", "REJECTED", "UNPUBLISHED"] as const;

describe(`public loaders on ${database.kind}`, () => {
  it("lists a section's published items 20 a page, newest first, without drafts", async () => {
    const t = await load();
    const section = await t.createSection();
    const author = await t.createUser();
    const base = Date.parse("2026-01-01T00:00:00Z");
    const published = [];
    for (let i = 0; i < 25; i++) {
      published.push(
        await t.createPublishedItem({
          title: `Tin đã đăng số ${i}`,
          sectionIds: [section.id],
          authorIds: [author.id],
          publishedAt: new Date(base + i * 3_600_000),
        }),
      );
    }
    for (const status of NON_PUBLIC) {
      await t.createItem({ status, title: `Bài ${status}`, sectionIds: [section.id], authorIds: [author.id], publishedAt: new Date(base + 99 * 3_600_000) });
    }

    const first = await t.listSectionItems(section.id, 1);
    expect(t.SECTION_PAGE_SIZE).toBe(20);
    expect(first.total).toBe(25);
    expect(first.pageCount).toBe(2);
    expect(first.items).toHaveLength(20);
    expect(first.items[0].slug).toBe(published[24].slug);
    const second = await t.listSectionItems(section.id, 2);
    expect(second.items.map((item) => item.slug)).toEqual(published.slice(0, 5).reverse().map((item) => item.slug));
    const shown = [...first.items, ...second.items].map((item) => item.title);
    expect(shown.every((title) => title.startsWith("Tin đã đăng"))).toBe(true);
    expect((await t.listSectionItems(section.id, 3)).items).toEqual([]);
  });

  it("unpublishing takes an item off its section page", async () => {
    const t = await load();
    const { db } = await import("@/lib/db");
    const section = await t.createSection();
    const item = await t.createPublishedItem({ sectionIds: [section.id] });
    expect((await t.listSectionItems(section.id, 1)).total).toBe(1);
    await db.item.update({ where: { id: item.id }, data: { status: "UNPUBLISHED" } });
    expect((await t.listSectionItems(section.id, 1)).total).toBe(0);
  });

  it("related items exclude the item itself and non-public items", async () => {
    const t = await load();
    const section = await t.createSection();
    const item = await t.createPublishedItem({ sectionIds: [section.id] });
    const other = await t.createPublishedItem({ sectionIds: [section.id] });
    await t.createDraftItem({ sectionIds: [section.id] });
    await t.createItem({ status: "SCHEDULED", sectionIds: [section.id], publishedAt: null });
    const related = await t.listRelatedItems(section.id, item.id);
    expect(related.map((r) => r.slug)).toEqual([other.slug]);
  });

  it("an item page exists only while the item is published", async () => {
    const t = await load();
    const published = await t.createPublishedItem({ title: "Theo gương Bác: học và làm" });
    const found = await t.getPublicItem(published.slug);
    expect(found?.title).toBe("Theo gương Bác: học và làm");
    for (const status of NON_PUBLIC) {
      const hidden = await t.createItem({ status, publishedAt: status === "UNPUBLISHED" ? new Date() : null });
      expect(await t.getPublicItem(hidden.slug), status).toBeNull();
    }
  });

  it("search finds published items without accents and never drafts", async () => {
    const t = await load();
    const published = await t.createPublishedItem({ title: "Theo gương Bác Hồ vĩ đại" });
    const draft = await t.createDraftItem({ title: "Theo gương Bác (bản nháp)" });
    const query = t.parseSearchQuery("theo guong bac");
    expect(query).not.toBeNull();
    const { rows } = await t.searchItems(query!, { limit: 50, offset: 0 });
    const slugs = rows.map((row) => row.slug);
    expect(slugs).toContain(published.slug);
    expect(slugs).not.toContain(draft.slug);
  });
});
