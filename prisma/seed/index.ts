// Deterministic Vietnamese demo content for a fresh database: `npm start`
// seeds the embedded database on its first start, `npm run db:seed` any
// DATABASE_URL. Files (images, PDFs) are written under UPLOAD_DIR first, then
// every row in one transaction, so a failed run leaves no half-seeded database.
import { db } from "@/lib/db";
import { demoClock } from "./clock";
import type { SeedContext, Tx } from "./context";
import { renderDemoImages } from "./images";
import { renderBannerImages, seedBanners } from "./steps/banners";
import { seedCampaigns } from "./steps/campaigns";
import { seedChannels } from "./steps/channels";
import { prepareDocuments, seedDocuments } from "./steps/documents";
import { seedInternalItems } from "./steps/internal-items";
import { seedImages } from "./steps/media";
import { seedOrganisation } from "./steps/organisation";
import { seedPublishedItems } from "./steps/published-items";
import { seedQuotaPlans } from "./steps/quota-plans";
import { seedRoyalties } from "./steps/royalties";
import { demoCampaigns } from "./text/campaigns";

export { buildDemoItemContent, buildThemedItemContent, type DemoItemContent } from "./item-content";
export { DEMO_NON_PUBLIC_ITEMS, isDemoNonPublicItemSlug } from "./text/internal-items";
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./text/people";
export { DEMO_DRAFT_DOCUMENT_NUMBERS } from "./text/documents";

/** system_state key written when the demo content is in place. */
export const DEMO_SEEDED_KEY = "demo_seeded_at";

export async function isDemoSeeded(): Promise<boolean> {
  return (await db.systemState.findUnique({ where: { key: DEMO_SEEDED_KEY } })) !== null;
}

/** Seeds the demo content unless it is already there. */
export async function seedDemoIfEmpty(): Promise<void> {
  if (await isDemoSeeded()) return;
  await seedDemo();
}

/** Seeds the demo content into an empty database (fails on a populated one). */
export async function seedDemo(now: Date = new Date()): Promise<void> {
  const started = performance.now();
  const clock = demoClock(now);
  const campaigns = demoCampaigns(clock);
  const [images, documents] = [await renderDemoImages(), await prepareDocuments(clock)];
  const bannerImages = await renderBannerImages();

  const counts = await db.$transaction(
    async (tx: Tx) => {
      const context: SeedContext = {
        tx,
        clock,
        sections: new Map(),
        units: new Map(),
        people: [],
        tags: new Map(),
        images: new Map(),
        itemSlugs: new Set(),
      };
      await seedOrganisation(context);
      await seedImages(context, images);
      const campaignIds = await seedCampaigns(context, campaigns);
      await seedBanners(context, bannerImages, campaigns[0]!.name);
      const internal = await seedInternalItems(context);
      const published = await seedPublishedItems(context, campaignIds, campaigns);
      const documentCount = await seedDocuments(context, documents);
      await seedQuotaPlans(context);
      await seedRoyalties(context);
      await seedChannels(context);
      await tx.systemState.create({ data: { key: DEMO_SEEDED_KEY, value: now.toISOString() } });
      return {
        sections: context.sections.size,
        units: context.units.size,
        people: context.people.length,
        published,
        internal,
        documents: documentCount,
        images: images.length,
        campaigns: campaigns.length,
      };
    },
    { maxWait: 30_000, timeout: 10 * 60_000 },
  );

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Demo content seeded in ${seconds} s: ${counts.sections} sections, ${counts.units} units, ${counts.people} people, ` +
      `${counts.published} published items (+${counts.internal} not public), ${counts.documents} documents, ` +
      `${counts.images} images, ${counts.campaigns} campaigns.`,
  );
}
