import { randomBytes } from "node:crypto";
import zlib from "node:zlib";
import { acceptsEncoding } from "../accept-encoding";

// One cached page: rendered once by Next with a secret nonce that is never
// sent to anyone, kept as the bytes between the secret's occurrences. Each
// response joins them around a fresh nonce, so every reader gets a nonce of
// their own and a <script> that reached stored content has none at all.
//
// Compression without compressing per response: every piece is deflated once
// on its own (sync-flushed, so the pieces can follow each other in one
// stream) and the fresh nonce goes between them as a stored block. A gzip
// response then costs a CRC over the bytes, not a deflate (0.03 ms instead of
// ~1 ms for a 100 KB page). Brotli cannot be spliced like this; it is
// compressed per response, for clients that do not take gzip.

export type PageEntry = {
  status: number;
  /** Response headers; values may contain the secret, replaced like the body. */
  headers: [name: string, value: string][];
  /** The body split at each occurrence of the secret nonce. */
  pieces: Buffer[];
  /** Each piece as raw deflate, all but the last ending on a sync flush; none for images. */
  deflatedPieces: Buffer[] | null;
  secret: string;
  bytes: number;
  storedAt: number;
};

export type Encoding = "gzip" | "br" | "identity";

export type PageResponse = { status: number; headers: [string, string][]; body: Buffer };

// Never stored: they describe one transfer, not the page.
const TRANSFER_HEADERS = new Set(["content-length", "transfer-encoding", "connection", "keep-alive", "date", "content-encoding", "set-cookie", "x-page-cache"]);

// Pages, feeds, the sitemap, the radio text; not the share images (already compressed).
const COMPRESSIBLE_TYPE = /^(text\/|application\/(xml|rss\+xml|atom\+xml|json|javascript))/i;

/** A fresh nonce, the same shape as the proxy's (16 random bytes, base64). */
export const freshNonce = (): string => randomBytes(16).toString("base64");

function splitAt(body: Buffer, separator: Buffer): Buffer[] {
  const pieces: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(separator); at !== -1; at = body.indexOf(separator, from)) {
    pieces.push(body.subarray(from, at));
    from = at + separator.length;
  }
  pieces.push(body.subarray(from));
  // Copies: the pieces outlive the response buffer they came from.
  return pieces.map((piece) => Buffer.from(piece));
}

const WINDOW = 32 * 1024;

/**
 * Each piece deflated with the page before it as the dictionary (what a
 * decoder has in its window at that point), so splitting costs almost no
 * compression: a nonce's place is filled with NUL bytes there, which HTML
 * never contains, so no match can reach into it and the fresh nonce a
 * reader gets in that place changes nothing that follows.
 */
function deflatePieces(pieces: Buffer[], nonceLength: number): Buffer[] | null {
  if (pieces.some((piece) => piece.includes(0))) return null;
  const placeholder = Buffer.alloc(nonceLength);
  let before = Buffer.alloc(0);
  return pieces.map((piece, index) => {
    const isLast = index === pieces.length - 1;
    const deflated = zlib.deflateRawSync(piece, {
      level: 9,
      ...(before.length ? { dictionary: before } : {}),
      ...(isLast ? {} : { finishFlush: zlib.constants.Z_SYNC_FLUSH }),
    });
    if (!isLast) before = Buffer.concat([before, piece, placeholder]).subarray(-WINDOW);
    return deflated;
  });
}

export function createPageEntry({ status, headers, body, secret }: {
  status: number;
  headers: [string, string][];
  body: Buffer;
  secret: string;
}): PageEntry {
  const pieces = splitAt(body, Buffer.from(secret));
  const contentType = headers.find(([name]) => name.toLowerCase() === "content-type")?.[1] ?? "";
  const deflatedPieces = COMPRESSIBLE_TYPE.test(contentType) ? deflatePieces(pieces, Buffer.byteLength(secret)) : null;
  const kept = headers.filter(([name]) => !TRANSFER_HEADERS.has(name.toLowerCase()));
  const bytes = [...pieces, ...(deflatedPieces ?? [])].reduce((sum, piece) => sum + piece.length, 0);
  return { status, headers: kept, pieces, deflatedPieces, secret, bytes, storedAt: Date.now() };
}

/** A deflate stored block (not final) holding `data`; the stream is byte-aligned after a sync flush. */
function storedBlock(data: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header[0] = 0;
  header.writeUInt16LE(data.length, 1);
  header.writeUInt16LE(~data.length & 0xffff, 3);
  return Buffer.concat([header, data]);
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff]);

function gzipBody(entry: PageEntry & { deflatedPieces: Buffer[] }, nonce: Buffer): Buffer {
  const chunks: Buffer[] = [GZIP_HEADER];
  let crc = 0;
  let size = 0;
  const nonceBlock = storedBlock(nonce);
  entry.pieces.forEach((piece, index) => {
    chunks.push(entry.deflatedPieces[index]!);
    crc = zlib.crc32(piece, crc);
    size += piece.length;
    if (index < entry.pieces.length - 1) {
      chunks.push(nonceBlock);
      crc = zlib.crc32(nonce, crc);
      size += nonce.length;
    }
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  chunks.push(trailer);
  return Buffer.concat(chunks);
}

function plainBody(entry: PageEntry, nonce: Buffer): Buffer {
  const chunks: Buffer[] = [];
  entry.pieces.forEach((piece, index) => {
    chunks.push(piece);
    if (index < entry.pieces.length - 1) chunks.push(nonce);
  });
  return Buffer.concat(chunks);
}

function brotliBody(entry: PageEntry, nonce: Buffer): Buffer {
  const plain = plainBody(entry, nonce);
  return zlib.brotliCompressSync(plain, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: plain.length },
  });
}

function bodyFor(entry: PageEntry, nonce: Buffer, encoding: Encoding): Buffer {
  // The pieces were deflated for a nonce of the secret's length (see deflatePieces).
  if (encoding === "gzip" && entry.deflatedPieces && nonce.length === Buffer.byteLength(entry.secret)) {
    return gzipBody({ ...entry, deflatedPieces: entry.deflatedPieces }, nonce);
  }
  if (encoding === "br") return brotliBody(entry, nonce);
  return plainBody(entry, nonce);
}

/** The response for one reader: the page with `nonce` wherever the secret was. */
export function renderPageEntry(entry: PageEntry, nonce: string, accepted: Encoding): PageResponse {
  const encoding = !entry.deflatedPieces ? "identity" : accepted === "gzip" && nonce.length !== entry.secret.length ? "br" : accepted;
  const body = bodyFor(entry, Buffer.from(nonce), encoding);
  const headers: [string, string][] = entry.headers.map(([name, value]) => [
    name,
    name.toLowerCase() === "vary" && !/accept-encoding/i.test(value) ? `${value}, Accept-Encoding` : value.split(entry.secret).join(nonce),
  ]);
  if (!headers.some(([name]) => name.toLowerCase() === "vary")) headers.push(["Vary", "Accept-Encoding"]);
  if (encoding !== "identity") headers.push(["Content-Encoding", encoding]);
  headers.push(["Content-Length", String(body.length)]);
  return { status: entry.status, headers, body };
}

/** gzip where the client takes it (cheapest, see above), else brotli, else none. */
export function pickEncoding(acceptEncoding: string | string[] | undefined): Encoding {
  if (acceptsEncoding(acceptEncoding, "gzip")) return "gzip";
  if (acceptsEncoding(acceptEncoding, "br")) return "br";
  return "identity";
}
