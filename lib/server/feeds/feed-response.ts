import "server-only";
import { env } from "@/lib/env";
import { buildRss, RSS_HEADERS } from "@/lib/feeds/build-rss";
import type { FeedItem } from "@/lib/server/feeds/list-feed-items";
import { absoluteUrl } from "@/lib/server/absolute-url";
import { itemPath, mediaPath } from "@/lib/urls";

type FeedSource = { title: string; pagePath: string; feedPath: string; description: string; items: FeedItem[] };

/** An RSS 2.0 response for a list of items: absolute links, the lead as description, the cover as enclosure. */
export function feedResponse(source: FeedSource, method: "GET" | "HEAD" = "GET"): Response {
  const xml = buildRss(
    {
      title: source.title,
      link: absoluteUrl(source.pagePath),
      feedUrl: absoluteUrl(source.feedPath),
      description: source.description,
    },
    source.items.map((item) => ({
      title: item.title,
      link: absoluteUrl(itemPath(item.slug)),
      description: item.lead,
      pubDate: item.publishedAt,
      categories: item.sectionNames,
      enclosure: item.cover
        ? { url: absoluteUrl(mediaPath(item.cover.storageKey)), type: item.cover.mimeType, length: item.cover.sizeBytes }
        : null,
    })),
  );
  return new Response(method === "HEAD" ? null : xml, { headers: RSS_HEADERS });
}

export const siteFeedTitle = () => env().siteName;
