import "server-only";
import { db } from "@/lib/db";
import { isPublicDocument } from "@/lib/server/documents/public-document";

/**
 * A stored non-image file (PDF, DOCX…) may be downloaded only while something
 * public uses it: a file attached to directive documents needs at least one of
 * them PUBLISHED, so a draft's attachment is never reachable by guessing its
 * key. Returns the name to download it under, or null when it must not be
 * served (unknown key, draft-only file, or the database cannot tell us).
 * Its MIME type is the one the upload's content was proved to be.
 */
export async function findDownloadableFile(storageKey: string): Promise<{ fileName: string; mimeType: string } | null> {
  try {
    const file = await db.mediaFile.findUnique({
      where: { storageKey },
      select: {
        originalName: true,
        mimeType: true,
        documentFiles: { select: { document: { select: { status: true } } } },
      },
    });
    if (!file) return null;
    const isAttachment = file.documentFiles.length > 0;
    if (isAttachment && !file.documentFiles.some(({ document }) => isPublicDocument(document))) return null;
    // "91-KH/ĐUK.pdf" is a fine title but not a file name: keep it readable.
    const fileName = file.originalName.replace(/[/\\]+/g, "-").replace(/[\p{Cc}]/gu, "").trim();
    return { fileName: fileName || storageKey.split("/").pop()!, mimeType: file.mimeType };
  } catch {
    return null;
  }
}
