// Shared by the specs: direct reads of the server's embedded database (the
// webServer in playwright.config.ts pins its port) to find what must NOT be
// public, and small page helpers.
import { expect, type Page } from "@playwright/test";
import pg from "pg";

export type ItemRow = { slug: string; title: string; status: string; sectionSlugs: string[] };

export async function queryDb<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Up to `perStatus` items of every non-public status. */
export async function nonPublicItems(perStatus = 3): Promise<ItemRow[]> {
  return queryDb<ItemRow>(
    `SELECT slug, title, status::text AS status, "sectionSlugs" FROM (
       SELECT i.slug, i.title, i.status, i.id,
              array(SELECT s.slug FROM item_sections x JOIN sections s ON s.id = x.section_id WHERE x.item_id = i.id) AS "sectionSlugs",
              row_number() OVER (PARTITION BY i.status ORDER BY i.id) AS n
         FROM items i WHERE i.status <> 'PUBLISHED') t
      WHERE n <= $1 ORDER BY status, id`,
    [perStatus],
  );
}

/**
 * Of the item links `hrefs` ("/bai-viet/<slug>"), in their order, those whose
 * primary section is `sectionSlug`. The demo dates follow the calendar, so
 * which items a section page lists changes from day to day, and some of them
 * belong first to another section (which their breadcrumb then names).
 */
export async function hrefsWithPrimarySection(sectionSlug: string, hrefs: string[]): Promise<string[]> {
  const slugs = hrefs.map((href) => href.replace(/^\/bai-viet\//, ""));
  const rows = await queryDb<{ slug: string }>(
    `SELECT i.slug FROM items i JOIN item_sections x ON x.item_id = i.id JOIN sections s ON s.id = x.section_id
      WHERE s.slug = $1 AND x.is_primary AND i.status = 'PUBLISHED' AND i.slug = ANY($2)`,
    [sectionSlug, slugs],
  );
  const primary = new Set(rows.map((row) => row.slug));
  return hrefs.filter((_, index) => primary.has(slugs[index]));
}

export const LONG_DATE = /ngày \d{1,2} tháng \d{1,2} năm \d{4}/;

/** The section links in the desktop navigation bar. */
export const sectionNav = (page: Page) => page.getByRole("navigation", { name: "Chuyên mục" });

/** Item links listed in the main content area (section pages, search results). */
export const itemLinks = (page: Page) => page.locator('main a[href^="/bai-viet/"]');

export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll, "page is wider than the screen").toBeLessThanOrEqual(widths.client);
}
