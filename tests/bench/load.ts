// Loads a large, realistic-looking site into an empty, migrated database:
// 100,000 published items over the 8 sections (with item_sections and
// authors), 2,000 people in 80 units with this year's and last year's quota
// plans (load-organisation.ts), and 2,000 directive documents. Rows go in as multi-row
// INSERT … SELECT FROM unnest() in batches: seconds, not hours.
import pg from "pg";
import { jsonToPlainText } from "@/lib/content/plain-text";
import { renderBodyHtml } from "@/lib/content/render-html";
import { slugify } from "@/lib/content/slug";
import { buildDemoItemContent } from "@/prisma/seed/item-content";
import { SECTIONS } from "@/prisma/seed/text/sections";
import { loadOrganisation } from "./load-organisation";

const TOPICS = ["chuyển đổi số", "học tập và làm theo Bác", "xây dựng Đảng", "công tác dân vận", "cải cách hành chính"];

type Rendered = {
  title: string;
  lead: string;
  json: string;
  html: string;
  text: string;
  kind: string;
  isInDepth: boolean;
  sectionKeys: string[];
  cover: { storageKey: string; alt: string; caption: string };
};

// Rendering Tiptap JSON is the slow part: the seed's generator renders a pool
// once and the bodies are reused; titles and slugs stay unique per item.
const POOL_SIZE = 400;

export async function loadBenchData(
  url: string,
  options: { items: number; documents: number; people?: number; batchSize?: number; log?: (line: string) => void },
): Promise<{ itemSlug: string; sectionSlug: string; documentSlug: string }> {
  const log = options.log ?? console.log;
  const batchSize = options.batchSize ?? 5_000;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const pool: Rendered[] = Array.from({ length: POOL_SIZE }, (_, i) => {
      const content = buildDemoItemContent(i);
      return {
        title: content.title,
        lead: content.lead,
        json: JSON.stringify(content.bodyJson),
        html: renderBodyHtml(content.bodyJson),
        text: jsonToPlainText(content.bodyJson),
        kind: content.kind,
        isInDepth: content.isInDepth,
        sectionKeys: content.sectionKeys,
        cover: content.cover,
      };
    });

    const { userIds, unitOfUser } = await loadOrganisation(client, options.people ?? 2_000);
    const sections = await client.query<{ id: number; slug: string }>(
      `INSERT INTO sections (name, slug, description, cadence, cadence_target, sort_order, updated_at)
       SELECT name, slug, d, cadence::"Cadence", target, n, now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[]) WITH ORDINALITY AS t(name, slug, d, cadence, target, n)
       RETURNING id, slug`,
      [SECTIONS.map((s) => s.name), SECTIONS.map((s) => s.key), SECTIONS.map((s) => s.description), SECTIONS.map((s) => s.cadence), SECTIONS.map((s) => s.cadenceTarget)],
    );
    const sectionIdBySlug = new Map(sections.rows.map((r) => [r.slug, r.id]));
    // One media row per distinct cover, so pages carry their real <img> markup.
    const covers = [...new Map(pool.map((p) => [p.cover.storageKey, p.cover])).values()];
    const media = await client.query<{ id: number; storage_key: string }>(
      `INSERT INTO media_files (kind, storage_key, original_name, mime_type, size_bytes, width, height, alt, caption)
       SELECT 'IMAGE', k, k, 'image/webp', 120000, 1600, 900, a, c FROM unnest($1::text[], $2::text[], $3::text[]) AS t(k, a, c)
       RETURNING id, storage_key`,
      [covers.map((c) => c.storageKey), covers.map((c) => c.alt), covers.map((c) => c.caption)],
    );
    const mediaIdByKey = new Map(media.rows.map((r) => [r.storage_key, r.id]));

    // Newest item is "now"; one every ~7 minutes going back (about 1.3 years).
    const now = Date.now();
    for (let start = 0; start < options.items; start += batchSize) {
      const count = Math.min(batchSize, options.items - start);
      const cols = { kind: [] as string[], deep: [] as boolean[], title: [] as string[], slug: [] as string[], lead: [] as string[], json: [] as string[], html: [] as string[], text: [] as string[], at: [] as string[], creator: [] as number[], unit: [] as number[], cover: [] as number[], caption: [] as string[] };
      for (let k = 0; k < count; k++) {
        const i = start + k;
        const body = pool[i % pool.length];
        const title = i < pool.length ? body.title : `${body.title} – ${Math.floor(i / pool.length) + 1}`;
        cols.kind.push(body.kind);
        cols.deep.push(body.isInDepth);
        cols.cover.push(mediaIdByKey.get(body.cover.storageKey)!);
        cols.caption.push(body.cover.caption);
        cols.title.push(title);
        cols.slug.push(`${slugify(title, 70)}-${i + 1}`);
        cols.lead.push(body.lead);
        cols.json.push(body.json);
        cols.html.push(body.html);
        cols.text.push(body.text);
        cols.at.push(new Date(now - i * 420_000).toISOString());
        cols.creator.push(userIds[(i * 7919) % userIds.length]);
        cols.unit.push(unitOfUser[(i * 7919) % userIds.length]);
      }
      const inserted = await client.query<{ id: number }>(
        `INSERT INTO items (kind, is_in_depth, status, title, slug, lead, body_json, body_html, body_text, published_at,
                            created_by_id, unit_id, cover_image_id, cover_caption, updated_at)
         SELECT k::"ItemKind", d, 'PUBLISHED', t, s, l, j::jsonb, h, x, a::timestamptz, c, u, m, mc, a::timestamptz
           FROM unnest($1::text[], $2::bool[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                       $10::int[], $11::int[], $12::int[], $13::text[])
             AS v(k, d, t, s, l, j, h, x, a, c, u, m, mc)
         RETURNING id`,
        [cols.kind, cols.deep, cols.title, cols.slug, cols.lead, cols.json, cols.html, cols.text, cols.at, cols.creator, cols.unit, cols.cover, cols.caption],
      );
      const ids = inserted.rows.map((r) => r.id);
      // The sections the seed's generator chose, the first one primary.
      const links: [number, number, boolean][] = [];
      ids.forEach((id, k) => {
        pool[(start + k) % pool.length].sectionKeys.forEach((key, n) => links.push([id, sectionIdBySlug.get(key)!, n === 0]));
      });
      await client.query(
        `INSERT INTO item_sections (item_id, section_id, is_primary) SELECT * FROM unnest($1::int[], $2::int[], $3::bool[])`,
        [links.map((l) => l[0]), links.map((l) => l[1]), links.map((l) => l[2])],
      );
      // Every item has an author; one in eight a co-author too (a different person).
      const authorLinks: [number, number][] = [];
      ids.forEach((id, k) => {
        const first = (start + k) * 7919 % userIds.length;
        authorLinks.push([id, userIds[first]]);
        if ((start + k) % 8 === 0) authorLinks.push([id, userIds[(first + 1 + ((start + k) % 97)) % userIds.length]]);
      });
      await client.query(
        `INSERT INTO item_authors (item_id, user_id, sort_order) SELECT a, u, row_number() OVER (PARTITION BY a) - 1 FROM unnest($1::int[], $2::int[]) AS t(a, u)`,
        [authorLinks.map((l) => l[0]), authorLinks.map((l) => l[1])],
      );
      log(`  items ${start + count}/${options.items}`);
    }

    const types = ["PLAN", "RESOLUTION", "DIRECTIVE", "GUIDANCE", "CONCLUSION", "DECISION", "REPORT", "OFFICIAL_LETTER", "SCHEME"];
    await client.query(
      `INSERT INTO directive_documents (slug, number_symbol, type, issuing_body, issued_at, summary, status, published_at, created_by_id, updated_at)
       SELECT 'van-ban-' || n, n || '-KH/ĐUK', ($1::"DocumentType"[])[1 + n % 9], 'Đảng ủy Khối các cơ quan tỉnh',
              date '2026-01-01' - n, 'Kế hoạch tuyên truyền ' || ($2::text[])[1 + n % $3] || ' số ' || n, 'PUBLISHED', now(), $4, now()
         FROM generate_series(1, $5::int) AS n`,
      [types, TOPICS, TOPICS.length, userIds[0], options.documents],
    );
    // A live database is vacuumed by autovacuum; a bulk load must be too, or
    // index-only scans (the quota counts) read the heap for every row.
    await client.query("VACUUM ANALYZE");
    const middle = await client.query<{ slug: string }>(`SELECT slug FROM items ORDER BY id OFFSET $1 LIMIT 1`, [Math.floor(options.items / 2)]);
    return { itemSlug: middle.rows[0].slug, sectionSlug: "theo-guong-bac", documentSlug: `van-ban-${Math.ceil(options.documents / 2)}` };
  } finally {
    await client.end();
  }
}
