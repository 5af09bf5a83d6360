import { describe, expect, it } from "vitest";
import { imageSrc, imageSrcSet, parseVariants, type PublicImage } from "@/lib/media/image-sources";
import { isPlausibleSlug } from "@/lib/content/is-plausible-slug";
import { newsArticleJsonLd, serializeJsonLd } from "@/lib/sharing/news-article-json-ld";
import { shareLinks } from "@/lib/sharing/share-urls";
import { textParagraphs } from "@/lib/content/text-paragraphs";

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

describe("image sources", () => {
  const image: PublicImage = {
    storageKey: "2026/11/a.webp",
    width: 1600,
    height: 900,
    variants: parseVariants([
      { width: 960, key: "2026/11/a-w960.webp" },
      { width: 480, key: "2026/11/a-w480.webp" },
      { width: "x", key: 1 },
    ]),
    alt: "Ảnh",
  };

  it("keeps well-formed renditions, smallest first", () => {
    expect(image.variants.map((v) => v.width)).toEqual([480, 960]);
    expect(parseVariants(null)).toEqual([]);
  });

  it("lists every rendition and the original in srcset", () => {
    expect(imageSrcSet(image)).toBe(
      "/api/media/2026/11/a-w480.webp 480w, /api/media/2026/11/a-w960.webp 960w, /api/media/2026/11/a.webp 1600w",
    );
  });

  it("picks the smallest rendition at least as wide as asked", () => {
    expect(imageSrc(image, 480)).toBe("/api/media/2026/11/a-w480.webp");
    expect(imageSrc(image, 600)).toBe("/api/media/2026/11/a-w960.webp");
    expect(imageSrc(image, 1200)).toBe("/api/media/2026/11/a.webp");
    expect(imageSrc({ ...image, variants: [] }, 480)).toBe("/api/media/2026/11/a.webp");
  });
});

describe("isPlausibleSlug", () => {
  it("accepts generated slugs and refuses anything else", () => {
    expect(isPlausibleSlug("theo-guong-bac-2")).toBe(true);
    expect(isPlausibleSlug("Theo-Guong")).toBe(false);
    expect(isPlausibleSlug("theo--guong")).toBe(false);
    expect(isPlausibleSlug("theo gương")).toBe(false);
    expect(isPlausibleSlug("a".repeat(201))).toBe(false);
  });
});

describe("textParagraphs", () => {
  it("splits on blank lines and unwraps single line breaks", () => {
    expect(textParagraphs("Một\r\nhai.\n\n\nBa.\n \n")).toEqual(["Một hai.", "Ba."]);
    expect(textParagraphs("")).toEqual([]);
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
