import "server-only";
import { unstable_cache } from "next/cache";
import { publicCampaignSelect, toPublicCampaign, type PublicCampaign } from "@/lib/campaigns/public-campaign";
import { CACHE_TAGS, PUBLIC_CACHE_SECONDS } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { publicDocumentWhere } from "@/lib/server/documents/public-document";
import type { HomeDocument } from "@/lib/server/items/public/get-home-page";

export type PublicCampaignPage = PublicCampaign & { documents: HomeDocument[] };

/** A campaign's page by slug, archived ones included (their pages stay readable); null when unknown or switched off. */
export const getPublicCampaign = unstable_cache(
  async (slug: string): Promise<PublicCampaignPage | null> => {
    const row = await db.campaign.findFirst({
      where: { slug, isActive: true },
      select: {
        ...publicCampaignSelect,
        documents: {
          where: { document: publicDocumentWhere },
          orderBy: { document: { issuedAt: "desc" } },
          select: { document: { select: { slug: true, numberSymbol: true, summary: true, issuedAt: true } } },
        },
      },
    });
    if (!row) return null;
    return {
      ...toPublicCampaign(row),
      documents: row.documents.map(({ document }) => ({ ...document, issuedAt: document.issuedAt.toISOString() })),
    };
  },
  ["public:get-campaign"],
  { tags: [CACHE_TAGS.campaigns, CACHE_TAGS.documents], revalidate: PUBLIC_CACHE_SECONDS },
);
