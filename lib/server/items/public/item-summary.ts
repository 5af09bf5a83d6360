import type { ItemKind } from "@/lib/generated/prisma/enums";
import { toPublicImage, type PublicImage } from "@/lib/media/image-sources";

// What a list of items needs (home page, section pages, related links): never
// the body, which is most of an item's weight.
export const itemSummarySelect = {
  id: true,
  slug: true,
  kind: true,
  isInDepth: true,
  title: true,
  lead: true,
  publishedAt: true,
  coverAlt: true,
  coverImage: { select: { storageKey: true, width: true, height: true, variants: true, alt: true } },
} as const;

export type ItemSummary = {
  id: number;
  slug: string;
  kind: ItemKind;
  isInDepth: boolean;
  title: string;
  lead: string;
  /** ISO string: cached data is plain JSON. */
  publishedAt: string;
  cover: PublicImage | null;
};

type SummaryRow = {
  id: number;
  slug: string;
  kind: ItemKind;
  isInDepth: boolean;
  title: string;
  lead: string;
  publishedAt: Date | null;
  coverAlt: string | null;
  coverImage: { storageKey: string; width: number | null; height: number | null; variants: unknown; alt: string | null } | null;
};

export function toItemSummary(row: SummaryRow): ItemSummary {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    isInDepth: row.isInDepth,
    title: row.title,
    lead: row.lead,
    // Public queries only select published rows, which always carry a date.
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    cover: toPublicImage(row.coverImage, row.title, row.coverAlt),
  };
}

export { publicItemWhere } from "@/lib/server/items/public/public-item";
