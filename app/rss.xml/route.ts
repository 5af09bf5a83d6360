import { env } from "@/lib/env";
import { feedResponse } from "@/lib/server/feeds/feed-response";
import { listFeedItems } from "@/lib/server/feeds/list-feed-items";

export const dynamic = "force-dynamic";

async function respond(method: "GET" | "HEAD") {
  const { siteName } = env();
  return feedResponse(
    {
      title: siteName,
      pagePath: "/",
      feedPath: "/rss.xml",
      description: `Tin, bài mới nhất của ${siteName}.`,
      items: await listFeedItems(null),
    },
    method,
  );
}

export const GET = () => respond("GET");
export const HEAD = () => respond("HEAD");
