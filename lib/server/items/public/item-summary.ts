import "server-only";
import type { ItemKind } from "@/lib/generated/prisma/enums";
import { toPublicImage, type PublicImage } from "@/lib/media/image-sources";

/** What every public view of an item starts from: what a link to it shows. */
export type ItemHeading = { id: number; slug: string; kind: ItemKind; isInDepth: boolean; title: string; lead: string };

export const itemHeadingSelect = { id: true, slug: true, kind: true, isInDepth: true, title: true, lead: true } as const;

/** The heading fields of a row and nothing else: rows carry more than a view may pass on. */
export const toItemHeading = ({ id, slug, kind, isInDepth, title, lead }: ItemHeading): ItemHeading => ({ id, slug, kind, isInDepth, title, lead });

// What a list of items needs (home page, section pages, related links): never
// the body, which is most of an item's weight.
export const itemSummarySelect = {
  ...itemHeadingSelect,
  publishedAt: true,
  coverAlt: true,
  coverImage: { select: { storageKey: true, width: true, height: true, variants: true, alt: true } },
} as const;

export type ItemSummary = ItemHeading & {
  /** ISO string: cached data is plain JSON. */
  publishedAt: string;
  cover: PublicImage | null;
};

type SummaryRow = ItemHeading & {
  publishedAt: Date | null;
  coverAlt: string | null;
  coverImage: { storageKey: string; width: number | null; height: number | null; variants: unknown; alt: string | null } | null;
};

export function toItemSummary(row: SummaryRow): ItemSummary {
  return {
    ...toItemHeading(row),
    // Public queries only select published rows, which always carry a date.
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    cover: toPublicImage(row.coverImage, row.title, row.coverAlt),
  };
}

export { publicItemWhere } from "@/lib/server/items/public/public-item";
