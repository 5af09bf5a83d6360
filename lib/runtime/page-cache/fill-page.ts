import http from "node:http";
import { PAGE_CACHE_FILL_HEADER, PAGE_CACHE_NONCE_HEADER } from "@/lib/auth/proxy-constants";
import { createPageEntry, freshNonce, type PageEntry } from "./page-entry";
import { toReaderHtml } from "./reader-html";

// A page is rendered for the cache by asking our own server for it over
// loopback, as an anonymous reader with no cookie, with the fill secret and
// a secret nonce (see proxy.ts). Only a whole, shareable answer is kept: a
// page or a "not found", uncompressed, setting no cookie. Pages are kept as
// reader HTML, without Next's client runtime (reader-html.ts).

const CACHEABLE_STATUSES = new Set([200, 404]);
const FILL_TIMEOUT_MS = 30_000;

type Fetched = { status: number; headers: [string, string][]; body: Buffer };

function fetchOwnPage({ port, path, fillSecret, nonce }: { port: number; path: string; fillSecret: string; nonce: string }): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      {
        host: "127.0.0.1",
        port,
        path,
        headers: {
          [PAGE_CACHE_FILL_HEADER]: fillSecret,
          [PAGE_CACHE_NONCE_HEADER]: nonce,
          accept: "text/html,application/xhtml+xml,*/*;q=0.8",
          "accept-encoding": "identity",
        },
        timeout: FILL_TIMEOUT_MS,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const headers: [string, string][] = [];
          for (let i = 0; i < response.rawHeaders.length; i += 2) headers.push([response.rawHeaders[i]!, response.rawHeaders[i + 1]!]);
          resolve({ status: response.statusCode ?? 500, headers, body: Buffer.concat(chunks) });
        });
      },
    );
    request.on("timeout", () => request.destroy(new Error(`page cache fill of ${path} timed out`)));
    request.on("error", reject);
  });
}

function isShareable({ status, headers }: Fetched): boolean {
  if (!CACHEABLE_STATUSES.has(status)) return false;
  const names = headers.map(([name]) => name.toLowerCase());
  if (names.includes("set-cookie")) return false;
  const encoding = headers.find(([name]) => name.toLowerCase() === "content-encoding")?.[1];
  return !encoding || encoding === "identity";
}

/** The cache entry for `path`, or null when the answer must not be shared. */
export async function fillPage(options: { port: number; path: string; fillSecret: string }): Promise<PageEntry | null> {
  const secret = freshNonce();
  const fetched = await fetchOwnPage({ ...options, nonce: secret });
  if (!isShareable(fetched)) return null;
  const contentType = fetched.headers.find(([name]) => name.toLowerCase() === "content-type")?.[1] ?? "";
  const body = contentType.startsWith("text/html") ? Buffer.from(toReaderHtml(fetched.body.toString("utf8"))) : fetched.body;
  return createPageEntry({ status: fetched.status, headers: fetched.headers, body, secret });
}
