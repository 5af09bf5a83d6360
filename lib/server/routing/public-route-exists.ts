import "server-only";
import { db } from "@/lib/db";
import { SECTION_PAGE_SIZE } from "@/lib/server/items/public/list-section-items";
import { isPlausibleSlug } from "@/lib/content/is-plausible-slug";
import { publicDocumentWhere } from "@/lib/server/documents/public-document";
import { publicItemSectionWhere, publicItemWhere } from "@/lib/server/items/public/public-item";

// Answers "would this public URL show something?" for proxy.ts, which turns a
// "no" into Next's real 404 page (see proxy.ts for why). Pages still call
// notFound() themselves: this is presentation, not the access check.

export type PublicRoute =
  | { kind: "item"; slug: string }
  | { kind: "section"; slug: string; page: number }
  | { kind: "document"; slug: string }
  | { kind: "campaign"; slug: string };

// Only "yes" is remembered, briefly: a "no" must turn into "yes" the moment
// an item is published, and a stale "yes" merely falls back to notFound().
const YES_TTL_MS = 30_000;
const MAX_REMEMBERED = 5_000;
const rememberedYes = new Map<string, number>();

function remember(key: string): void {
  if (rememberedYes.size >= MAX_REMEMBERED) rememberedYes.clear();
  rememberedYes.set(key, Date.now() + YES_TTL_MS);
}

async function query(route: PublicRoute): Promise<boolean> {
  switch (route.kind) {
    case "item":
      return (await db.item.count({ where: { slug: route.slug, ...publicItemWhere } })) > 0;
    case "document":
      return (await db.directiveDocument.count({ where: { slug: route.slug, ...publicDocumentWhere } })) > 0;
    // As lib/server/campaigns/get-public-campaign.ts: archived campaigns keep their page.
    case "campaign":
      return (await db.campaign.count({ where: { slug: route.slug, isActive: true } })) > 0;
    case "section": {
      const section = await db.section.findUnique({ where: { slug: route.slug }, select: { id: true, isVisible: true } });
      if (!section?.isVisible) return false;
      if (route.page === 1) return true;
      const published = await db.itemSection.count({ where: { sectionId: section.id, ...publicItemSectionWhere } });
      return route.page <= Math.ceil(published / SECTION_PAGE_SIZE);
    }
  }
}

/** `true` also when unsure (database unreachable): the page then decides. */
export async function publicRouteExists(route: PublicRoute): Promise<boolean> {
  if (!isPlausibleSlug(route.slug)) return false;
  const key = JSON.stringify(route);
  if ((rememberedYes.get(key) ?? 0) > Date.now()) return true;
  try {
    const exists = await query(route);
    if (exists) remember(key);
    return exists;
  } catch {
    return true;
  }
}
