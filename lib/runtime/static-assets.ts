import fs from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { acceptsEncoding } from "./accept-encoding";

// The build's hashed files (/_next/static/…), served from memory with the
// best compression each client takes: brotli at its highest quality, gzip at
// level 9, both made once per file off the event loop, on the first request.
// Next serves these files itself with gzip only, compressed per request.

const PREFIX = "/_next/static/";
const CONTENT_TYPES: Record<string, string> = {
  ".js": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json",
};
// Already compressed formats gain nothing from another pass.
const COMPRESSIBLE = new Set([".js", ".css", ".svg", ".txt", ".json"]);

type Asset = { contentType: string; identity: Buffer; br?: Buffer; gzip?: Buffer };

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

async function loadAsset(file: string, extension: string): Promise<Asset | null> {
  let identity: Buffer;
  try {
    identity = await fs.readFile(file);
  } catch {
    return null;
  }
  const contentType = CONTENT_TYPES[extension]!;
  if (!COMPRESSIBLE.has(extension) || identity.length < 1024) return { contentType, identity };
  const [br, gz] = await Promise.all([
    brotli(identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
    gzip(identity, { level: 9 }),
  ]);
  return { contentType, identity, br, gzip: gz };
}

const accepts = (request: IncomingMessage, coding: string) => acceptsEncoding(request.headers["accept-encoding"], coding);

export function createStaticAssets(distDir: string) {
  const root = path.join(distDir, "static");
  const assets = new Map<string, Promise<Asset | null>>();

  /** Answers a request for a build file and returns true, or false for Next to answer. */
  return async function serveStaticAsset(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    const url = request.url ?? "";
    if (!url.startsWith(PREFIX) || (request.method !== "GET" && request.method !== "HEAD")) return false;
    const relative = decodeURIComponent(url.slice(PREFIX.length).split("?")[0]!);
    const extension = path.extname(relative).toLowerCase();
    if (!CONTENT_TYPES[extension] || relative.split("/").some((part) => part === ".." || part === "")) return false;
    let pending = assets.get(relative);
    if (!pending) {
      pending = loadAsset(path.join(root, relative), extension);
      assets.set(relative, pending);
    }
    const asset = await pending;
    if (!asset) {
      assets.delete(relative);
      return false;
    }
    const [encoding, body] =
      asset.br && accepts(request, "br") ? ["br", asset.br] : asset.gzip && accepts(request, "gzip") ? ["gzip", asset.gzip] : [undefined, asset.identity];
    response.writeHead(200, {
      "Content-Type": asset.contentType,
      "Content-Length": String(body.length),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      Vary: "Accept-Encoding",
      ...(encoding ? { "Content-Encoding": encoding } : {}),
    });
    response.end(request.method === "HEAD" ? undefined : body);
    return true;
  };
}
