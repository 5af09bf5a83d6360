import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/server/absolute-url";

// Dynamic so the sitemap URL follows SITE_URL at run time, not at build time.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/quan-tri", "/api/"] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
