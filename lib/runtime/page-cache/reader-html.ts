// A public page as an anonymous reader gets it from the page cache: the HTML
// Next rendered, without Next's client runtime. Public pages are server
// components that work without JavaScript by design; what the App Router
// adds to each (~150 KB of framework chunks and the page's RSC payload
// repeated in inline `self.__next_f.push` scripts) only powers client-side
// navigation and hydration, and costs a phone on a slow CPU about half a
// second of script boot-up before the page answers a tap.
//
// Removed: <script> elements that load a chunk from /_next/static/, the inline
// scripts that feed Next's RSC payload (`self.__next_f`) or list Turbopack's
// chunks to start, and the
// <link rel="preload" as="script"> / <link rel="modulepreload"> hints for
// those chunks. Everything else stays byte for byte: styles, fonts, JSON-LD,
// React's own inline scripts that reveal streamed content, and the scripts our
// pages add on purpose (served from /, not /_next/static/).

const NEXT_ASSETS = "/_next/static/";

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const LINK = /<link\b[^>]*>/gi;

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, "i").exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

const isNextChunk = (url: string | undefined) => url !== undefined && url.startsWith(NEXT_ASSETS);

// Next's own inline scripts: the RSC payload chunks and their bootstrap, and
// Turbopack's list of the chunks to start (`globalThis["TURBOPACK"]`).
const NEXT_INLINE = /^\s*\(?\s*(?:self\.__next_f\b|(?:globalThis|self)\[["']TURBOPACK["']\]|(?:globalThis|self)\.TURBOPACK\b)/;
const isNextPayload = (body: string) => NEXT_INLINE.test(body);

function isNextScript(attributes: string, body: string): boolean {
  const src = attribute(` ${attributes}`, "src");
  if (src !== undefined) return isNextChunk(src);
  return isNextPayload(body);
}

function isNextScriptHint(tag: string): boolean {
  const rel = attribute(tag, "rel")?.toLowerCase();
  const as = attribute(tag, "as")?.toLowerCase();
  const isScriptHint = rel === "modulepreload" || (rel === "preload" && as === "script");
  return isScriptHint && isNextChunk(attribute(tag, "href"));
}

/** The page's HTML without Next's framework and RSC scripts (see above). */
export function toReaderHtml(html: string): string {
  return html
    .replace(SCRIPT, (element, attributes: string, body: string) => (isNextScript(attributes, body) ? "" : element))
    .replace(LINK, (tag) => (isNextScriptHint(tag) ? "" : tag));
}
