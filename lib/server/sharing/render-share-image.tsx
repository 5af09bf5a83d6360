import "server-only";
import { ImageResponse } from "next/og";
import sharp from "sharp";
import { formatLongDate } from "@/lib/content/dates";
import { env } from "@/lib/env";
import type { PublicItem } from "@/lib/server/items/public/get-public-item";
import { kindLabel } from "@/lib/items/item-labels";
import { readStoredFile } from "@/lib/server/media/storage";
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from "@/lib/sharing/og-metadata";
import { ShareCard } from "@/lib/sharing/share-card";
import { CARD_FONT_FAMILY, cardFonts } from "@/lib/server/sharing/share-fonts";

// The PNG behind an item's og:image: its cover cropped to 1200×630 (centre
// of interest kept by sharp's "attention" strategy), or, without a cover (or
// if its file cannot be read), the generated card.

async function coverPng(item: PublicItem): Promise<Buffer | null> {
  if (!item.cover) return null;
  // The smallest rendition at least 1200 wide is enough and quicker to read than the original.
  const source = item.cover.variants.find((variant) => variant.width >= SHARE_IMAGE_WIDTH)?.key ?? item.cover.storageKey;
  try {
    const bytes = await readStoredFile(source);
    if (!bytes) return null;
    return await sharp(bytes)
      .rotate()
      .resize(SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT, { fit: "cover", position: sharp.strategy.attention })
      .flatten({ background: "#ffffff" })
      .png({ compressionLevel: 8 })
      .toBuffer();
  } catch {
    return null;
  }
}

async function cardPng(item: PublicItem): Promise<Buffer> {
  const { organisation, siteName } = env();
  const input = {
    title: item.title,
    superior: organisation.superior,
    committee: organisation.name,
    dateText: formatLongDate(item.publishedAt),
    siteName,
    kindText: kindLabel(item.kind, item.isInDepth),
  };
  const response = new ImageResponse(<ShareCard input={input} fontFamily={CARD_FONT_FAMILY} />, {
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    fonts: await cardFonts(),
  });
  return Buffer.from(await response.arrayBuffer());
}

/** The share picture of a public item, as PNG bytes. */
export async function renderShareImage(item: PublicItem): Promise<Buffer> {
  return (await coverPng(item)) ?? (await cardPng(item));
}
