import { getPublicItem } from "@/lib/server/items/public/get-public-item";
import { renderShareImage } from "@/lib/server/sharing/render-share-image";
import { cachedShareImage } from "@/lib/server/sharing/share-image-cache";
import { isPlausibleSlug } from "@/lib/content/is-plausible-slug";

// An item's share picture (og:image), 1200×630 PNG. Only for public items:
// a draft's picture is a 404, like its page.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const item = isPlausibleSlug(slug) ? await getPublicItem(slug) : null;
  if (!item) return new Response("Không tìm thấy bài viết.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const png = await cachedShareImage(`${item.slug}:${item.updatedAt}`, () => renderShareImage(item));
  return new Response(new Uint8Array(png), {
    headers: {
      "Content-Type": "image/png",
      "Content-Length": String(png.length),
      // An hour: previews fetch it in bursts; an unpublished item's picture goes stale within the hour.
      "Cache-Control": "public, max-age=3600",
    },
  });
}
