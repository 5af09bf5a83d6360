import "server-only";
import { cache } from "react";
import { unstable_cache } from "next/cache";
import { CACHE_TAGS, PUBLIC_CACHE_SECONDS } from "@/lib/cache-tags";
import { sanitizeHtml } from "@/lib/content/sanitize-html";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { itemHeadingSelect, publicItemWhere, toItemHeading, type ItemHeading } from "@/lib/server/items/public/item-summary";
import { toPublicImage, type PublicImage } from "@/lib/media/image-sources";
import type { SectionLink } from "@/lib/server/sections/list-visible-sections";

export type PublicItem = ItemHeading & {
  bodyHtml: string;
  bodyText: string;
  cover: PublicImage | null;
  coverCaption: string | null;
  authorNames: string[];
  penName: string | null;
  unitName: string | null;
  source: string | null;
  publishedAt: string;
  updatedAt: string;
  viewCount: number;
  /** The primary section when visible, else the first visible one. */
  section: SectionLink | null;
  tags: { slug: string; name: string }[];
  corrections: { note: string; createdAt: string }[];
};

/** What the public item page reads (also the back office's preview). */
export const publicItemSelect = {
  ...itemHeadingSelect,
  bodyHtml: true,
  bodyText: true,
  coverAlt: true,
  coverCaption: true,
  coverImage: { select: { storageKey: true, width: true, height: true, variants: true, alt: true, caption: true } },
  penName: true,
  unit: { select: { name: true } },
  source: true,
  publishedAt: true,
  updatedAt: true,
  viewCount: true,
  authors: { orderBy: { sortOrder: "asc" }, select: { user: { select: { name: true } } } },
  sections: {
    where: { section: { isVisible: true } },
    orderBy: [{ isPrimary: "desc" }, { sectionId: "asc" }],
    take: 1,
    select: { section: { select: { id: true, slug: true, name: true } } },
  },
  tags: { orderBy: { tag: { name: "asc" } }, select: { tag: { select: { slug: true, name: true } } } },
  corrections: { orderBy: { createdAt: "asc" }, select: { note: true, createdAt: true } },
} as const satisfies Prisma.ItemSelect;

type PublicItemRow = Prisma.ItemGetPayload<{ select: typeof publicItemSelect }>;

/** The row as the page shows it; `publishedAt` is the date the page prints. */
export function toPublicItem(row: PublicItemRow, publishedAt: Date): PublicItem {
  return {
    ...toItemHeading(row),
    // Sanitised when stored, and again here: a row changed straight in SQL
    // (or by an older allowlist) is served through today's allowlist.
    bodyHtml: sanitizeHtml(row.bodyHtml),
    bodyText: row.bodyText,
    cover: toPublicImage(row.coverImage, row.title, row.coverAlt),
    coverCaption: row.coverCaption?.trim() || row.coverImage?.caption?.trim() || null,
    authorNames: row.authors.map((a) => a.user.name),
    penName: row.penName,
    unitName: row.unit?.name ?? null,
    source: row.source,
    publishedAt: publishedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    viewCount: row.viewCount,
    section: row.sections[0]?.section ?? null,
    tags: row.tags.map((t) => t.tag),
    corrections: row.corrections.map((c) => ({ note: c.note, createdAt: c.createdAt.toISOString() })),
  };
}

async function loadPublicItem(slug: string): Promise<PublicItem | null> {
  const row = await db.item.findFirst({ where: { slug, ...publicItemWhere }, select: publicItemSelect });
  if (!row || !row.publishedAt) return null;
  return toPublicItem(row, row.publishedAt);
}

const getCachedPublicItem = unstable_cache(loadPublicItem, ["public:get-public-item"], {
  tags: [CACHE_TAGS.items, CACHE_TAGS.sections],
  revalidate: PUBLIC_CACHE_SECONDS,
});

/**
 * A published item by slug, or null for unknown and non-public slugs. Wrapped
 * in React's cache so the page and its metadata share one lookup per request.
 */
export const getPublicItem = cache((slug: string) => getCachedPublicItem(slug));
