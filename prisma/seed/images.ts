// Renders the demo illustrations to WebP (full size plus 480 and 800 px
// renditions named by variantKey) and puts them in the media store.
import sharp from "sharp";
import { variantKey } from "@/lib/server/media/storage";
import { writeStoredFile } from "./files";
import { demoImageSvg } from "./image-svg";
import { CAMPAIGN_BANNERS, DEMO_IMAGES, RENDITION_WIDTHS, demoImageKey, type DemoImage } from "./text/images";

export type RenderedImage = DemoImage & {
  key: string;
  sizeBytes: number;
  variants: { width: number; key: string }[];
};

const WEBP = { quality: 80, effort: 4 } as const;

async function renderImage(image: DemoImage): Promise<RenderedImage> {
  const svg = Buffer.from(demoImageSvg(image));
  const key = demoImageKey(image.name);
  const full = await sharp(svg).webp(WEBP).toBuffer();
  await writeStoredFile(key, full);
  const variants = [];
  for (const width of RENDITION_WIDTHS) {
    const bytes = await sharp(svg).resize({ width }).webp(WEBP).toBuffer();
    const renditionKey = variantKey(key, width);
    await writeStoredFile(renditionKey, bytes);
    variants.push({ width, key: renditionKey });
  }
  return { ...image, key, sizeBytes: full.byteLength, variants };
}

export const ALL_DEMO_IMAGES: readonly DemoImage[] = [...DEMO_IMAGES, ...Object.values(CAMPAIGN_BANNERS)];

export async function renderDemoImages(): Promise<RenderedImage[]> {
  // libvips works on its own threads, so a few at a time keep both cores busy.
  const results: RenderedImage[] = [];
  for (let start = 0; start < ALL_DEMO_IMAGES.length; start += 4) {
    results.push(...(await Promise.all(ALL_DEMO_IMAGES.slice(start, start + 4).map(renderImage))));
  }
  return results;
}
