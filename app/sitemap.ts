import type { MetadataRoute } from "next";
import { listSitemapEntries } from "@/lib/server/feeds/list-sitemap-entries";
import { absoluteUrl } from "@/lib/server/absolute-url";
import { campaignPath, campaignsPath, documentPath, itemPath, sectionPath } from "@/lib/urls";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { sections, items, documents, campaigns } = await listSitemapEntries();
  const newest = items[0]?.lastModified;
  return [
    { url: absoluteUrl("/"), lastModified: newest, changeFrequency: "hourly", priority: 1 },
    ...sections.map((s) => ({
      url: absoluteUrl(sectionPath(s.slug)),
      lastModified: s.lastModified ?? undefined,
      changeFrequency: "daily" as const,
      priority: 0.8,
    })),
    { url: absoluteUrl("/van-ban"), lastModified: documents[0]?.lastModified, changeFrequency: "weekly", priority: 0.7 },
    { url: absoluteUrl(campaignsPath), lastModified: campaigns[0]?.lastModified, changeFrequency: "weekly", priority: 0.7 },
    ...campaigns.map((c) => ({ url: absoluteUrl(campaignPath(c.slug)), lastModified: c.lastModified, changeFrequency: "daily" as const, priority: 0.7 })),
    ...items.map((i) => ({ url: absoluteUrl(itemPath(i.slug)), lastModified: i.lastModified, priority: 0.6 })),
    ...documents.map((d) => ({ url: absoluteUrl(documentPath(d.slug)), lastModified: d.lastModified, priority: 0.5 })),
  ];
}
