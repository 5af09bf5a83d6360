import { formatLongDate } from "@/lib/content/dates";
import { htmlToPlainText } from "@/lib/content/plain-text";
import { formatByline } from "@/lib/items/format-byline";
import { textParagraphs } from "@/lib/content/text-paragraphs";

// The radio version (bản đọc phát thanh, seed 001): what the announcer reads
// on the commune and village loudspeakers. Plain text only: title, lead, the
// body as paragraphs separated by one blank line, then who wrote it and when.
// No markup, no HTML entities, no list bullets, no image captions.

export type RadioTextInput = {
  title: string;
  lead: string;
  bodyText: string;
  /** Used only when the plain-text copy is missing (older items). */
  bodyHtml: string;
  authorNames: string[];
  penName: string | null;
  unitName: string | null;
  source: string | null;
  publishedAt: string;
  siteName: string;
  canonicalUrl: string;
};

const ENTITY = /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi;
const NAMED: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": " " };

/** One paragraph as an announcer reads it: no tags, entities decoded, list markers dropped. */
function clean(paragraph: string): string {
  return paragraph
    .replace(/<[^>]*>/g, "")
    .replace(ENTITY, (entity) => NAMED[entity.toLowerCase()] ?? " ")
    .replace(/^(?:- |\* |• )/, "")
    .replace(/\s+/g, " ")
    .trim();
}

function bodyParagraphs(input: RadioTextInput): string[] {
  const text = input.bodyText.trim() ? input.bodyText : htmlToPlainText(input.bodyHtml);
  // A list item is its own line in the plain text: read each as a sentence of its own.
  return textParagraphs(text.replace(/\n(?=(?:- |\d+\. ))/g, "\n\n")).map(clean).filter(Boolean);
}

export function radioText(input: RadioTextInput): string {
  const byline = formatByline({ authorNames: input.authorNames, penName: input.penName });
  const credit = [byline, input.unitName].filter(Boolean).join(", ");
  const blocks = [
    clean(input.title),
    clean(input.lead),
    ...bodyParagraphs(input),
    input.source?.trim() ? `Nguồn: ${clean(input.source)}` : "",
    credit ? `Tác giả: ${clean(credit)}` : "",
    `Đăng trên ${input.siteName} ${formatLongDate(input.publishedAt)}.`,
    input.canonicalUrl,
  ];
  return `${blocks.filter(Boolean).join("\n\n")}\n`;
}
