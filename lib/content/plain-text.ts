// Plain text of a body: the search index, the radio/print version, word counts.
// Blocks are separated by a blank line, list items start with "- " (or "1. "),
// images are left out (a radio reader cannot show them) unless asked for.
import type { JSONContent } from "@tiptap/core";
import sanitize from "sanitize-html";

export type PlainTextOptions = {
  /** Keep figure captions and image alt text (useful for search). */
  includeCaptions?: boolean;
};

const BLOCK_SEPARATOR = "\n\n";

function inlineText(node: JSONContent, options: PlainTextOptions): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  if (node.type === "image") return options.includeCaptions ? (node.attrs?.alt ?? "") : "";
  return (node.content ?? []).map((child) => inlineText(child, options)).join("");
}

function listText(node: JSONContent, options: PlainTextOptions, ordered: boolean): string {
  const start = Number(node.attrs?.start ?? 1) || 1;
  return (node.content ?? [])
    .map((item, index) => {
      const marker = ordered ? `${start + index}. ` : "- ";
      return marker + blocksText(item.content ?? [], options, "\n");
    })
    .join("\n");
}

function blockText(node: JSONContent, options: PlainTextOptions): string {
  switch (node.type) {
    case "paragraph":
    case "heading":
      return inlineText(node, options).trim();
    case "bulletList":
      return listText(node, options, false);
    case "orderedList":
      return listText(node, options, true);
    case "figure":
      return options.includeCaptions ? inlineText(node, options).trim() : "";
    case "image":
      return options.includeCaptions ? String(node.attrs?.alt ?? "").trim() : "";
    case "horizontalRule":
      return "";
    case "table":
      return (node.content ?? [])
        .map((row) => (row.content ?? []).map((cell) => blocksText(cell.content ?? [], options, " ")).join(" | "))
        .join("\n");
    case "text":
    case "hardBreak":
      return inlineText(node, options);
    default:
      // blockquote, doc and anything a later extension adds: their children.
      return blocksText(node.content ?? [], options, BLOCK_SEPARATOR);
  }
}

function blocksText(nodes: JSONContent[], options: PlainTextOptions, separator: string): string {
  return nodes
    .map((node) => blockText(node, options))
    .filter((text) => text.length > 0)
    .join(separator);
}

export function jsonToPlainText(doc: JSONContent, options: PlainTextOptions = {}): string {
  return normalise(blockText(doc, options));
}

const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&" };

export function htmlToPlainText(html: string, options: PlainTextOptions = {}): string {
  const nonText = ["script", "style", "textarea", "option", "noscript", "template", "svg", "math"];
  const blocks = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "blockquote", "tr", "td", "th", "div"];
  const structural = sanitize(html, {
    allowedTags: options.includeCaptions ? [...blocks, "figcaption", "img"] : blocks,
    allowedAttributes: { img: ["alt"] },
    nonTextTags: options.includeCaptions ? nonText : [...nonText, "figcaption"],
  });
  const text = structural
    .replace(/<br\s*\/?>/g, "\n")
    .replace(/<img[^>]*?alt="([^"]*)"[^>]*>/g, (_match, alt: string) => (options.includeCaptions ? `\n\n${alt}\n\n` : ""))
    .replace(/<li>/g, "\n- ")
    .replace(/<\/(td|th)>/g, " | ")
    .replace(/<\/(p|h[1-6]|li|blockquote|tr|div|figcaption)>/g, "\n\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&(lt|gt|quot|#39|amp);/g, (entity) => ENTITIES[entity] ?? entity);
  return normalise(text.replace(/ \| (?=\n|$)/g, ""));
}

/** Trims every line, keeps at most one blank line between blocks. */
function normalise(text: string): string {
  return text
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Words as Vietnamese counts them: space-separated syllables with a letter or digit. */
export function countWords(text: string): number {
  const withoutListMarkers = text.replace(/^(?:- |\d+\. )/gm, "");
  return withoutListMarkers.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
