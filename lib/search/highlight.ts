import { foldWithPositions } from "@/lib/search/fold-text";

// Marks the reader's words in original (accented) text. Matching happens on
// the folded text, so "guong" marks "Gương"; every other character is escaped,
// so the result is safe to insert as HTML.

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

type Range = [start: number, end: number];

const MARK = /\p{M}/u;

// In decomposed text a letter's accents follow it: keep them inside the mark.
function withMarks(text: string, end: number): number {
  while (end < text.length && MARK.test(text[end]!)) end++;
  return end;
}

/** Ranges of the original text where a term starts a word (prefix matches, as the search does). */
export function findMatches(text: string, terms: string[]): Range[] {
  const { folded, starts, ends } = foldWithPositions(text);
  const ranges: Range[] = [];
  for (const term of terms) {
    if (!term) continue;
    let from = folded.indexOf(term);
    while (from !== -1) {
      const isWordStart = from === 0 || !WORD_CHAR.test(folded[from - 1]!);
      if (isWordStart) ranges.push([starts[from]!, withMarks(text, ends[from + term.length - 1]!)]);
      from = folded.indexOf(term, from + 1);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** HTML: escaped text with each match wrapped in <mark>. */
export function highlight(text: string, terms: string[]): string {
  let html = "";
  let cursor = 0;
  for (const [start, end] of findMatches(text, terms)) {
    html += escapeHtml(text.slice(cursor, start)) + `<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    cursor = end;
  }
  return html + escapeHtml(text.slice(cursor));
}

/**
 * About `length` characters of `text` around its first match, cut at spaces,
 * with "…" where it was cut. Plain text: highlight it afterwards.
 */
export function snippet(text: string, terms: string[], length = 240): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= length) return clean;
  const first = findMatches(clean, terms)[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(length / 4));
  if (start > 0) {
    const space = clean.indexOf(" ", start);
    start = space === -1 || space > first ? start : space + 1;
  }
  let end = Math.min(clean.length, start + length);
  if (end < clean.length) {
    const space = clean.lastIndexOf(" ", end);
    if (space > start) end = space;
  }
  return `${start > 0 ? "… " : ""}${clean.slice(start, end)}${end < clean.length ? " …" : ""}`;
}
