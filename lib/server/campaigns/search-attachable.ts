import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { titleMatches } from "@/lib/server/items/lists/item-list-filter";

// Search-to-attach on a campaign's back-office page: items by title and
// documents by number or summary, ignoring case and diacritics, leaving out
// what the campaign already holds. Ten at a time: the person refines the words.

const LIMIT = 10;

export type AttachableItem = { id: number; title: string; status: string; publishedAt: Date | null };
export type AttachableDocument = { id: number; numberSymbol: string; summary: string; status: string };

export async function searchAttachableItems(campaignId: number, q: string): Promise<AttachableItem[]> {
  if (!q.trim()) return [];
  return db.$queryRaw<AttachableItem[]>`
    SELECT i.id, i.title, i.status::text AS status, i.published_at AS "publishedAt"
      FROM items i
     WHERE ${titleMatches(Prisma.sql`i.title`, q.trim())}
       AND NOT EXISTS (SELECT 1 FROM campaign_items c WHERE c.campaign_id = ${campaignId} AND c.item_id = i.id)
     ORDER BY i.published_at DESC NULLS LAST, i.id DESC
     LIMIT ${LIMIT}`;
}

export async function searchAttachableDocuments(campaignId: number, q: string): Promise<AttachableDocument[]> {
  if (!q.trim()) return [];
  const pattern = `%${q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db.$queryRaw<AttachableDocument[]>`
    SELECT d.id, d.number_symbol AS "numberSymbol", d.summary, d.status::text AS status
      FROM directive_documents d
     WHERE (search_fold(d.number_symbol) LIKE search_fold(${pattern}) OR search_fold(d.summary) LIKE search_fold(${pattern}))
       AND NOT EXISTS (SELECT 1 FROM campaign_documents c WHERE c.campaign_id = ${campaignId} AND c.document_id = d.id)
     ORDER BY d.issued_at DESC, d.id DESC
     LIMIT ${LIMIT}`;
}
