import { env } from "@/lib/env";
import { feedResponse } from "@/lib/server/feeds/feed-response";
import { getVisibleSection } from "@/lib/server/sections/get-visible-section";
import { listFeedItems } from "@/lib/server/feeds/list-feed-items";
import { isPlausibleSlug } from "@/lib/content/is-plausible-slug";
import { sectionFeedPath, sectionPath } from "@/lib/urls";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

async function respond(context: Context, method: "GET" | "HEAD") {
  const { slug } = await context.params;
  const section = isPlausibleSlug(slug) ? await getVisibleSection(slug) : null;
  if (!section) {
    return new Response(method === "HEAD" ? null : "Không tìm thấy chuyên mục.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return feedResponse(
    {
      title: `${section.name} – ${env().siteName}`,
      pagePath: sectionPath(section.slug),
      feedPath: sectionFeedPath(section.slug),
      description: section.description || `Tin, bài mới nhất chuyên mục ${section.name}.`,
      items: await listFeedItems(section.id),
    },
    method,
  );
}

export const GET = (_request: Request, context: Context) => respond(context, "GET");
export const HEAD = (_request: Request, context: Context) => respond(context, "HEAD");
