import type { Metadata } from "next";
import { shareDescription } from "@/lib/sharing/share-text";

// The item page's metadata for share previews. Facebook and Zalo both read
// Open Graph: an absolute og:image with its size (1200×630, so the preview is
// drawn at once, large), og:type article and the publication time; X/Twitter
// reads its own card tags. Pure: the page passes absolute URLs in.

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

export type ItemMetadataInput = {
  title: string;
  lead: string;
  bodyText: string;
  canonicalUrl: string;
  /** Absolute URL of the 1200×630 share picture. */
  shareImageUrl: string;
  shareImageAlt: string;
  publishedAt: string;
  updatedAt: string;
  siteName: string;
  sectionName?: string | null;
  tags?: string[];
};

export function itemShareMetadata(input: ItemMetadataInput): Metadata {
  const description = shareDescription(input);
  const image = { url: input.shareImageUrl, width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, alt: input.shareImageAlt, type: "image/png" };
  return {
    title: input.title,
    description,
    alternates: { canonical: input.canonicalUrl },
    openGraph: {
      type: "article",
      locale: "vi_VN",
      siteName: input.siteName,
      url: input.canonicalUrl,
      title: input.title,
      description,
      publishedTime: input.publishedAt,
      modifiedTime: input.updatedAt,
      section: input.sectionName ?? undefined,
      tags: input.tags && input.tags.length > 0 ? input.tags : undefined,
      images: [image],
    },
    twitter: { card: "summary_large_image", title: input.title, description, images: [{ url: image.url, alt: image.alt }] },
  };
}

/**
 * The share picture's URL, versioned by the item's last change: Facebook and
 * Zalo keep a picture per URL, so a new title gets a new address.
 */
export function versionedShareImageUrl(absoluteImageUrl: string, updatedAt: string): string {
  return `${absoluteImageUrl}?v=${new Date(updatedAt).getTime().toString(36)}`;
}
