// One media_files row per demo illustration.
import { addDays } from "../clock";
import { personByEmail, type SeedContext } from "../context";
import type { RenderedImage } from "../images";
import { DEMO_ACCOUNTS } from "../text/people";

export async function seedImages(context: SeedContext, images: RenderedImage[]): Promise<void> {
  const uploader = personByEmail(context, DEMO_ACCOUNTS.secretary);
  const createdAt = addDays(context.clock.start, -7);
  const rows = await context.tx.mediaFile.createManyAndReturn({
    data: images.map((image) => ({
      kind: "IMAGE" as const,
      storageKey: image.key,
      originalName: `${image.name}.webp`,
      mimeType: "image/webp",
      sizeBytes: image.sizeBytes,
      width: image.width,
      height: image.height,
      variants: image.variants,
      alt: image.alt,
      uploadedById: uploader.id,
      createdAt,
    })),
    select: { id: true, storageKey: true },
  });
  for (const image of images) {
    const row = rows.find((candidate) => candidate.storageKey === image.key)!;
    context.images.set(image.name, { id: row.id, name: image.name, key: image.key, alt: image.alt, width: image.width, height: image.height });
  }
}
