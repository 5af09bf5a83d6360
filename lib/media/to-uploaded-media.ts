import { mediaPath } from "@/lib/urls";
import type { UploadedMedia } from "./upload-types";

// The row has the storage key where the answer has the URL, and a Date where JSON has a string.
type MediaRow = Omit<UploadedMedia, "url" | "createdAt"> & { storageKey: string; createdAt: Date };

/** A media_files row as the upload API answers it. */
export function toUploadedMedia(row: MediaRow): UploadedMedia {
  return {
    id: row.id,
    kind: row.kind,
    url: mediaPath(row.storageKey),
    originalName: row.originalName,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    width: row.width,
    height: row.height,
    alt: row.alt,
    caption: row.caption,
    createdAt: row.createdAt.toISOString(),
  };
}
