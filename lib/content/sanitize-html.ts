// The allowlist every piece of rich HTML passes before it is stored or served.
// Anything not named here is dropped: scripts, styles, event handlers,
// javascript:/data: URLs, foreign iframes, classes and ids.
import sanitize from "sanitize-html";
import { classifyHref, EMBED_RULES, isAllowedEmbedSrc, isAllowedImageSrc, isMediaPath } from "./media-src";

// The URL rules live in ./media-src so the editor can share them without this module.
export { isAllowedEmbedSrc, isAllowedImageSrc };

const EXTERNAL_REL = "noopener noreferrer nofollow";

const isDimension = (value: string | undefined) => value !== undefined && /^\d{1,5}$/.test(value);

// sanitize-html would keep a disallowed value as an empty attribute, so
// attribute values are checked here instead.
function checkMediaAttributes(attribs: sanitize.Attributes): sanitize.Attributes {
  const result = { ...attribs };
  for (const name of ["width", "height"]) if (!isDimension(result[name])) delete result[name];
  if (result.loading !== "lazy" && result.loading !== "eager") delete result.loading;
  return result;
}

// A clip we store ourselves, never autoplaying: always with controls, a
// poster only from our own media too, and a known preload hint.
function checkVideoAttributes(attribs: sanitize.Attributes): sanitize.Attributes {
  const result: sanitize.Attributes = { controls: "" };
  if (["metadata", "none", "auto"].includes(attribs.preload ?? "")) result.preload = attribs.preload!;
  if (isMediaPath(attribs.poster)) result.poster = attribs.poster;
  for (const name of ["width", "height"]) if (isDimension(attribs[name])) result[name] = attribs[name]!;
  if (attribs.muted !== undefined) result.muted = "";
  if (attribs.src !== undefined) result.src = attribs.src;
  return result;
}

const OPTIONS: sanitize.IOptions = {
  allowedTags: [
    "p", "h2", "h3", "h4", "strong", "em", "u", "s", "a", "ul", "ol", "li", "blockquote",
    "figure", "figcaption", "img", "table", "thead", "tbody", "tr", "th", "td", "br", "hr", "iframe",
    "video",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel"],
    img: ["src", "alt", "title", "width", "height", "loading"],
    ol: ["start"],
    th: ["colspan", "rowspan"],
    td: ["colspan", "rowspan"],
    iframe: ["src", "width", "height", "title", "allowfullscreen", "loading"],
    video: ["src", "controls", "preload", "poster", "width", "height", "muted"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  // A video's src and poster are our own paths: no scheme at all.
  allowedSchemesByTag: { img: ["https"], iframe: ["https"], video: [] },
  allowedSchemesAppliedToAttributes: ["href", "src", "cite", "poster"],
  allowProtocolRelative: false,
  allowedIframeHostnames: EMBED_RULES.flatMap((rule) => rule.hosts),
  allowIframeRelativeUrls: false,
  disallowedTagsMode: "discard",
  // Their text is never content (an <svg>'s <title>, a <noscript> fallback).
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "template", "svg", "math", "object", "embed"],
  transformTags: {
    h1: "h2",
    h5: "h4",
    h6: "h4",
    b: "strong",
    i: "em",
    strike: "s",
    del: "s",
    a: (tagName, attribs) => {
      const kind = classifyHref(attribs.href);
      // A link we cannot trust keeps its words and loses its tag (the
      // exclusive filter drops an <a> without href). Not by renaming it to a
      // disallowed tag: sanitize-html 2.17 then closes the next element at
      // that depth with the wrong tag ("<a …>b</span>").
      if (kind === "invalid") return { tagName, attribs: {} };
      const { href, title } = attribs;
      const next: sanitize.Attributes = { href: href.trim() };
      if (title) next.title = title;
      if (kind === "external") next.rel = EXTERNAL_REL;
      return { tagName, attribs: next };
    },
    img: (tagName, attribs) => ({ tagName, attribs: checkMediaAttributes(attribs) }),
    iframe: (tagName, attribs) => ({ tagName, attribs: checkMediaAttributes(attribs) }),
    video: (tagName, attribs) => ({ tagName, attribs: checkVideoAttributes(attribs) }),
  },
  exclusiveFilter: (frame) => {
    if (frame.tag === "a" && !frame.attribs.href) return "excludeTag";
    if (frame.tag === "img") return !isAllowedImageSrc(frame.attribs.src);
    if (frame.tag === "iframe") return !isAllowedEmbedSrc(frame.attribs.src);
    if (frame.tag === "video") return !isMediaPath(frame.attribs.src);
    return false;
  },
};

/** Returns HTML that holds only the allowlisted tags, attributes and URLs. */
export function sanitizeHtml(html: string): string {
  return sanitize(html, OPTIONS);
}
