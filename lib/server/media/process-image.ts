import "server-only";
// The image pipeline every uploaded picture goes through (the media
// library, the editor, a Word import's embedded images): turned upright,
// stripped of every piece of metadata (EXIF with GPS position, XMP, IPTC,
// comments — sharp writes none unless asked), re-encoded to WebP at most
// IMAGE_MAX_WIDTH wide, plus narrower renditions for srcset named by
// variantKey(), exactly like the seed's images. Re-encoding also drops
// whatever a polyglot file hid after its pixels.
//
// Why WebP for photos too: about a third smaller than JPEG at the same
// quality on readers' slow rural connections, and every browser the site
// supports reads it. An animated GIF stays animated (animated WebP); its
// renditions too.
import sharp from "sharp";
import { newStorageKey, removeStoredFiles, variantKey, writeNewStoredFile } from "@/lib/server/media/storage";
import { sharpInput, type FileSource } from "@/lib/server/media/file-source";
import { UploadRejected } from "@/lib/media/upload-error";
import { IMAGE_MAX_PIXELS, IMAGE_MAX_WIDTH, IMAGE_RENDITION_WIDTHS } from "@/lib/media/upload-limits";
import { UPLOAD_MESSAGES } from "@/lib/media/upload-messages";

const WEBP = { quality: 80, effort: 4 } as const;

export type ProcessedImage = {
  key: string;
  mimeType: "image/webp";
  sizeBytes: number;
  width: number;
  height: number;
  variants: { width: number; key: string }[];
};

async function readMetadata(input: string | Buffer) {
  try {
    return await sharp(input, { animated: true }).metadata();
  } catch {
    throw new UploadRejected(UPLOAD_MESSAGES.brokenImage, 422);
  }
}

export async function processImage(source: FileSource, now: Date = new Date()): Promise<ProcessedImage> {
  const input = sharpInput(source);
  const metadata = await readMetadata(input);
  if (!metadata.width || !metadata.height) throw new UploadRejected(UPLOAD_MESSAGES.brokenImage, 422);
  // Every frame of an animation is decoded: count them all.
  if (metadata.width * metadata.height > IMAGE_MAX_PIXELS) {
    throw new UploadRejected(UPLOAD_MESSAGES.tooManyPixels(IMAGE_MAX_PIXELS / 1_000_000), 422);
  }
  const isAnimated = (metadata.pages ?? 1) > 1;
  const render = (width: number) =>
    sharp(input, { animated: isAnimated, limitInputPixels: IMAGE_MAX_PIXELS })
      .autoOrient()
      .resize({ width, withoutEnlargement: true })
      .webp(WEBP)
      .toBuffer({ resolveWithObject: true });

  let full: Awaited<ReturnType<typeof render>>;
  try {
    full = await render(IMAGE_MAX_WIDTH);
  } catch {
    throw new UploadRejected(UPLOAD_MESSAGES.brokenImage, 422);
  }
  const width = full.info.width;
  const height = full.info.pageHeight ?? full.info.height;
  const key = newStorageKey("webp", now);
  await writeNewStoredFile(key, full.data);

  const variants: ProcessedImage["variants"] = [];
  try {
    for (const renditionWidth of IMAGE_RENDITION_WIDTHS) {
      if (renditionWidth >= width) break;
      const rendition = await render(renditionWidth);
      const renditionKey = variantKey(key, renditionWidth);
      await writeNewStoredFile(renditionKey, rendition.data);
      variants.push({ width: renditionWidth, key: renditionKey });
    }
  } catch (error) {
    // Half an image is no image: leave nothing in the store.
    await removeStoredFiles([key, ...variants.map((variant) => variant.key)]);
    throw error;
  }
  return { key, mimeType: "image/webp", sizeBytes: full.data.byteLength, width, height, variants };
}
