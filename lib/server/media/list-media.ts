import "server-only";
// The media library: every stored file, newest first, 24 a page, filtered
// by kind and by words of its name, alt text or caption (without regard to
// case or Vietnamese diacritics: "hoi nghi" finds "Hội nghị").
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MediaKind } from "@/lib/generated/prisma/enums";
import { parseVariants, type ImageVariant } from "@/lib/media/image-sources";
import { toUploadedMedia } from "@/lib/media/to-uploaded-media";
import type { UploadedMedia } from "@/lib/media/upload-types";

export const MEDIA_PAGE_SIZE = 24;

export type MediaListRow = {
  media: UploadedMedia;
  storageKey: string;
  variants: ImageVariant[];
  uploaderName: string | null;
};

export type MediaList = { rows: MediaListRow[]; page: number; pageCount: number; total: number };

export async function listMedia({ kind, q, page = 1 }: { kind?: MediaKind; q?: string; page?: number }): Promise<MediaList> {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (kind) conditions.push(Prisma.sql`m.kind::text = ${kind}`);
  for (const word of (q ?? "").split(/\s+/).filter(Boolean).slice(0, 8)) {
    conditions.push(
      Prisma.sql`strpos(search_fold(m.original_name || ' ' || coalesce(m.alt, '') || ' ' || coalesce(m.caption, '')), search_fold(${word})) > 0`,
    );
  }
  const where = Prisma.join(conditions, " AND ");
  const [counted] = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM media_files m WHERE ${where}`;
  const total = counted?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / MEDIA_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const ids = await db.$queryRaw<{ id: number }[]>`
    SELECT m.id FROM media_files m WHERE ${where}
    ORDER BY m.created_at DESC, m.id DESC
    LIMIT ${MEDIA_PAGE_SIZE} OFFSET ${(current - 1) * MEDIA_PAGE_SIZE}`;
  const files = await db.mediaFile.findMany({
    where: { id: { in: ids.map(({ id }) => id) } },
    include: { uploadedBy: { select: { name: true } } },
  });
  const byId = new Map(files.map((file) => [file.id, file]));
  const rows = ids.flatMap(({ id }) => {
    const file = byId.get(id);
    if (!file) return [];
    return [{ media: toUploadedMedia(file), storageKey: file.storageKey, variants: parseVariants(file.variants), uploaderName: file.uploadedBy?.name ?? null }];
  });
  return { rows, page: current, pageCount, total };
}
