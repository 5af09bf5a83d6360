import { env } from "@/lib/env";
import { getPublicItem } from "@/lib/server/items/public/get-public-item";
import { radioText } from "@/lib/sharing/radio-text";
import { isPlausibleSlug } from "@/lib/content/is-plausible-slug";
import { absoluteUrl } from "@/lib/server/absolute-url";
import { itemPath } from "@/lib/urls";

// The radio version (bản đọc phát thanh): plain UTF-8 text at a stable URL,
// for the commune and village loudspeakers. Only for public items.
export const dynamic = "force-dynamic";

const TEXT = "text/plain; charset=utf-8";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const item = isPlausibleSlug(slug) ? await getPublicItem(slug) : null;
  if (!item) return new Response("Không tìm thấy bài viết.\n", { status: 404, headers: { "Content-Type": TEXT } });
  const text = radioText({ ...item, siteName: env().siteName, canonicalUrl: absoluteUrl(itemPath(item.slug)) });
  return new Response(text, {
    headers: {
      "Content-Type": TEXT,
      // Shown in the browser, not downloaded; "Lưu" in the browser keeps a .txt named after the item.
      "Content-Disposition": `inline; filename="${item.slug}.txt"`,
      "Cache-Control": "public, max-age=300",
      "X-Robots-Tag": "noindex",
    },
  });
}
