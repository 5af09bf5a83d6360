import { describe, expect, it } from "vitest";
import { newsArticleJsonLd, serializeJsonLd } from "@/lib/sharing/news-article-json-ld";
import { shareLinks } from "@/lib/sharing/share-urls";

describe("shareLinks", () => {
  it("builds plain Facebook and Zalo share URLs with the article URL encoded", () => {
    const links = shareLinks("https://example.vn/bai-viet/theo-guong-bac?a=1&b=2");
    const encoded = "https%3A%2F%2Fexample.vn%2Fbai-viet%2Ftheo-guong-bac%3Fa%3D1%26b%3D2";
    expect(links.map((l) => l.href)).toEqual([
      `https://www.facebook.com/sharer/sharer.php?u=${encoded}`,
      `https://sp.zalo.me/share_to?url=${encoded}`,
    ]);
  });
});

describe("NewsArticle JSON-LD", () => {
  it("cannot close its script tag early", () => {
    const data = newsArticleJsonLd({
      url: "https://example.vn/bai-viet/a",
      headline: "</script><script>alert(1)</script>",
      description: "",
      datePublished: "2026-11-22T00:00:00.000Z",
      dateModified: "2026-11-22T00:00:00.000Z",
      authorNames: [],
      imageUrl: null,
      section: null,
      publisherName: "Trang TTĐT",
      publisherUrl: "https://example.vn/",
    });
    const json = serializeJsonLd(data);
    expect(json).not.toContain("</script");
    expect(JSON.parse(json)).toMatchObject({ "@type": "NewsArticle", author: [{ name: "Trang TTĐT" }] });
  });
});
