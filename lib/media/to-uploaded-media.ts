import type { MediaKind } from "@/lib/generated/prisma/enums";
import { mediaPath } from "@/lib/urls";
import type { UploadedMedia } from "./upload-types";

type MediaRow = {
  id: number;
  kind: MediaKind;
  storageKey: string;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  alt: string | null;
  caption: string | null;
  createdAt: Date;
};

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
