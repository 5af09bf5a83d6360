/**
 * Splits an item's plain text into paragraphs for the print/radio version:
 * blank lines separate paragraphs; single line breaks inside one are kept as
 * spaces so a reader on air does not stumble over wrapped lines.
 */
export function textParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean);
}
