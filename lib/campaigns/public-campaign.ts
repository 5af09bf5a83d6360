import { toPublicImage, type PublicImage } from "@/lib/media/image-sources";

// A campaign as public pages carry it: plain JSON (cache-safe), dates as ISO.

export type PublicCampaign = {
  id: number;
  slug: string;
  name: string;
  description: string | null;
  startsAt: string;
  endsAt: string;
  /** Where the banner leads: bannerLink, else the campaign's own page. */
  link: string | null;
  banner: PublicImage | null;
  isSiteWide: boolean;
  sortOrder: number;
  isArchived: boolean;
};

export const publicCampaignSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  startsAt: true,
  endsAt: true,
  bannerLink: true,
  bannerAlt: true,
  isSiteWide: true,
  sortOrder: true,
  archivedAt: true,
  bannerImage: { select: { storageKey: true, width: true, height: true, variants: true, alt: true } },
} as const;

type Row = {
  id: number;
  slug: string;
  name: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  bannerLink: string | null;
  bannerAlt: string | null;
  isSiteWide: boolean;
  sortOrder: number;
  archivedAt: Date | null;
  bannerImage: { storageKey: string; width: number | null; height: number | null; variants: unknown; alt: string | null } | null;
};

export function toPublicCampaign(row: Row): PublicCampaign {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    link: row.bannerLink,
    banner: toPublicImage(row.bannerImage, row.name, row.bannerAlt),
    isSiteWide: row.isSiteWide,
    sortOrder: row.sortOrder,
    isArchived: row.archivedAt !== null,
  };
}

/** Public campaigns: switched on and not archived (an archived one keeps only its own page). */
export const listedCampaignWhere = { isActive: true, archivedAt: null } as const;
