import { describe, expect, it } from "vitest";
import { imageSrc, imageSrcSet, parseVariants, type PublicImage } from "@/lib/media/image-sources";

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
