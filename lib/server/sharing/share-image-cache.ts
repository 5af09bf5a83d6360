import "server-only";

// Rendered share pictures, kept in memory per item version: a post shared to
// a busy group is fetched by many previews at once, and a card costs ~100 ms
// of CPU. Keyed by slug and last change, so an edited item is drawn anew.

const MAX_ENTRIES = 64;
const images = new Map<string, Promise<Buffer>>();

export function cachedShareImage(key: string, render: () => Promise<Buffer>): Promise<Buffer> {
  const hit = images.get(key);
  if (hit) return hit;
  if (images.size >= MAX_ENTRIES) images.delete(images.keys().next().value as string);
  const pending = render().catch((error: unknown) => {
    images.delete(key);
    throw error;
  });
  images.set(key, pending);
  return pending;
}
