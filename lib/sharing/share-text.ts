// Wording and trimming for what other sites show of an item (previews,
// the share card). Pure, used by the page metadata and the image route.

/** Share previews (Facebook, Zalo) cut descriptions near 160–200 characters. */
export const DESCRIPTION_MAX = 200;

/** `text` cut to at most `max` characters at a word boundary, with "…" when cut. */
export function trimAtWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  const head = lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${head.replace(/[\s,;:.\-–—]+$/, "")}…`;
}

/** The description of a preview: the lead, else the body's opening. */
export function shareDescription({ lead, bodyText }: { lead: string; bodyText: string }): string | undefined {
  const source = lead.trim() || bodyText.trim();
  return source ? trimAtWord(source, DESCRIPTION_MAX) : undefined;
}
