import type { MediaKind } from "@/lib/generated/prisma/enums";
import type { RateLimitRule } from "@/lib/auth/rate-limit-rules";

// How large an upload may be, per kind of file. A phone photo is a few MB,
// a scanned directive a few dozen, a short clip for the news up to a couple
// of hundred: past that, the clip belongs on YouTube.

const MB = 1024 * 1024;

export const MAX_BYTES: Record<MediaKind, number> = {
  IMAGE: 15 * MB,
  PDF: 30 * MB,
  DOCX: 30 * MB,
  VIDEO: 200 * MB,
};

/** What the form may narrow an upload to (`accept`), and the kinds each allows. */
export const ACCEPT_KINDS = {
  image: ["IMAGE"],
  video: ["VIDEO"],
  document: ["PDF", "DOCX"],
  any: ["IMAGE", "PDF", "DOCX", "VIDEO"],
} as const satisfies Record<string, readonly MediaKind[]>;

export type UploadAccept = keyof typeof ACCEPT_KINDS;

export const isUploadAccept = (value: unknown): value is UploadAccept =>
  typeof value === "string" && Object.hasOwn(ACCEPT_KINDS, value);

/** The largest file any of the accepted kinds may be: the streaming cut-off. */
export function maxBytesFor(accept: UploadAccept): number {
  return Math.max(...ACCEPT_KINDS[accept].map((kind) => MAX_BYTES[kind]));
}

/** Room for the multipart boundaries and the small text fields around the file. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export const megabytes = (bytes: number): number => Math.round(bytes / MB);

/** Images wider than this are scaled down; smaller renditions for srcset. */
export const IMAGE_MAX_WIDTH = 2400;
export const IMAGE_RENDITION_WIDTHS = [480, 960, 1600] as const;
/** Decoding cost guard: a 60-megapixel image already needs ~240 MB of memory. */
export const IMAGE_MAX_PIXELS = 60_000_000;

/** Uploads per person (a .docx import counts once, whatever images it holds). */
export const UPLOADS_PER_USER: RateLimitRule = { limit: 120, windowMs: 10 * 60_000 };

/** A Word import is refused past this, so a crafted file cannot hold a worker for long. */
export const DOCX_IMPORT_TIMEOUT_MS = 60_000;
export const DOCX_MAX_IMAGES = 100;
/** Zip-bomb guard: what the .docx may unpack to in all, and its main part alone. */
export const DOCX_MAX_UNPACKED_BYTES = 200 * MB;
export const DOCX_MAX_DOCUMENT_XML_BYTES = 16 * MB;
export const DOCX_MAX_ENTRIES = 5000;
