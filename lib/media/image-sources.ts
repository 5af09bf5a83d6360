import { mediaPath } from "@/lib/urls";

export type ImageVariant = { width: number; key: string };

/** An image as the public read models carry it: plain JSON, cache-safe. */
export type PublicImage = {
  storageKey: string;
  width: number | null;
  height: number | null;
  variants: ImageVariant[];
  alt: string;
};

/** media_files.variants is free JSON: keep only well-formed renditions. */
export function parseVariants(value: unknown): ImageVariant[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (v): v is ImageVariant =>
        typeof v === "object" &&
        v !== null &&
        Number.isInteger((v as ImageVariant).width) &&
        (v as ImageVariant).width > 0 &&
        typeof (v as ImageVariant).key === "string",
    )
    .map(({ width, key }) => ({ width, key }))
    .sort((a, b) => a.width - b.width);
}

type MediaRow = {
  storageKey: string;
  width: number | null;
  height: number | null;
  variants: unknown;
  alt: string | null;
};

export function toPublicImage(media: MediaRow | null, fallbackAlt: string, preferredAlt?: string | null): PublicImage | null {
  if (!media) return null;
  return {
    storageKey: media.storageKey,
    width: media.width,
    height: media.height,
    variants: parseVariants(media.variants),
    alt: preferredAlt?.trim() || media.alt?.trim() || fallbackAlt,
  };
}

/** `srcset` over every rendition plus the original, smallest first. */
export function imageSrcSet(image: PublicImage): string {
  const entries = image.variants.map((v) => `${mediaPath(v.key)} ${v.width}w`);
  const largest = image.variants[image.variants.length - 1]?.width ?? 0;
  if (image.width && image.width > largest) entries.push(`${mediaPath(image.storageKey)} ${image.width}w`);
  return entries.join(", ");
}

/**
 * The rendition closest to `width` without being smaller (so it stays sharp),
 * else the largest there is, else the original.
 */
export function imageSrc(image: PublicImage, width?: number): string {
  if (width === undefined || image.variants.length === 0) return mediaPath(image.storageKey);
  const fit = image.variants.find((v) => v.width >= width) ?? image.variants[image.variants.length - 1]!;
  if (image.width && fit.width < width && image.width > fit.width) return mediaPath(image.storageKey);
  return mediaPath(fit.key);
}

/** Height for a box of `width` keeping the original's proportions. */
export function scaledHeight(image: PublicImage, width: number): number | undefined {
  if (!image.width || !image.height) return undefined;
  return Math.round((image.height / image.width) * width);
}
