import type { MediaKind } from "@/lib/generated/prisma/enums";

// What POST /api/uploads and GET /api/uploads answer (the editor, the media
// library and the documents form all use them). Safe for client components.
//
// POST /api/uploads   multipart/form-data: `file`, optional `accept`
//                     ("image" | "video" | "document" | "any", default "any"),
//                     optional `alt`, `caption`. Same-origin only, signed-in with
//                     media.upload. 201 → UploadedMedia; 4xx → UploadError.
// GET  /api/uploads?kind=IMAGE&q=…&trang=N   the media library (media.upload):
//                     200 → MediaPage.
// POST /api/imports/docx   multipart `file` (.docx): 200 → DocxImport; images
//                     inside are stored like uploads and referenced by URL.

export type UploadedMedia = {
  id: number;
  kind: MediaKind;
  /** /api/media/<key>: what an <img>, <video> or download link points at. */
  url: string;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  alt: string | null;
  caption: string | null;
  createdAt: string;
};

export type UploadError = { error: string };

export type MediaPage = { items: UploadedMedia[]; page: number; pageCount: number; total: number };

/** Sanitised HTML of the Word file's body, ready for the editor to parse. */
export type DocxImport = { html: string; imageCount: number; warnings: string[] };
