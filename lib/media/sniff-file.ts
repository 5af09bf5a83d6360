// Tells a file's type from its first bytes, never from its name or the
// browser's claim. Pure and synchronous: the caller reads SNIFF_BYTES from
// the start of the file. A ZIP is only a candidate .docx here (docx-check.ts
// looks inside); markup is recognised only to refuse it with a clear reason.
import type { MediaKind } from "@/lib/generated/prisma/enums";

/** Enough for every signature below, the longest being an MP4's ftyp box. */
export const SNIFF_BYTES = 4096;

export type SniffedType = "jpeg" | "png" | "webp" | "gif" | "pdf" | "mp4" | "zip" | "ole" | "markup" | "unknown";

/** Types that are stored as they are, once their content is proved. */
export const STORED_TYPES = {
  jpeg: { kind: "IMAGE", mimeType: "image/jpeg", extension: "jpg" },
  png: { kind: "IMAGE", mimeType: "image/png", extension: "png" },
  webp: { kind: "IMAGE", mimeType: "image/webp", extension: "webp" },
  gif: { kind: "IMAGE", mimeType: "image/gif", extension: "gif" },
  pdf: { kind: "PDF", mimeType: "application/pdf", extension: "pdf" },
  mp4: { kind: "VIDEO", mimeType: "video/mp4", extension: "mp4" },
  zip: { kind: "DOCX", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
} as const satisfies Partial<Record<SniffedType, { kind: MediaKind; mimeType: string; extension: string }>>;

// Brands of the ISO base media file format that browsers play as MP4.
// QuickTime ("qt  "), 3GPP and HEIF ("heic", "mif1") are not among them.
const MP4_BRANDS = new Set([
  "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "iso7", "iso8", "iso9",
  "mp41", "mp42", "mp71", "avc1", "av01", "dash", "M4V ", "M4VH", "M4VP", "MSNV", "mmp4",
]);

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)));

function isMp4(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== "ftyp") return false;
  const boxSize = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  if (boxSize < 16 || boxSize > 1024 || boxSize % 4 !== 0) return false;
  const brands = [ascii(bytes, 8, 12)];
  for (let offset = 16; offset + 4 <= Math.min(boxSize, bytes.length); offset += 4) brands.push(ascii(bytes, offset, offset + 4));
  return brands.some((brand) => MP4_BRANDS.has(brand));
}

const MARKUP = /<\s*(svg|html|head|body|script|iframe|!doctype|\?xml|!entity|xsl|object|embed|a\s|img\s|meta|style|math)/i;

/** SVG, HTML, XML and friends, even after a byte-order mark or some text. */
function isMarkup(bytes: Uint8Array): boolean {
  const text = new TextDecoder("utf-8", { fatal: false })
    .decode(bytes.subarray(0, 1024))
    .replace(/\u0000/g, "") // UTF-16 text reads as ASCII with zeros between
    .replace(/^[\ufeff\ufffe\s]+/, "");
  return text.startsWith("<") || MARKUP.test(text);
}

export function sniffFile(head: Uint8Array): SniffedType {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (ascii(head, 0, 4) === "RIFF" && ascii(head, 8, 12) === "WEBP" && /^VP8[ LX]$/.test(ascii(head, 12, 16))) return "webp";
  if (ascii(head, 0, 6) === "GIF87a" || ascii(head, 0, 6) === "GIF89a") return "gif";
  if (ascii(head, 0, 5) === "%PDF-") return "pdf";
  if (isMp4(head)) return "mp4";
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return "zip";
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "ole";
  if (isMarkup(head)) return "markup";
  return "unknown";
}
