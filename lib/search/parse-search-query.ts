import { foldText } from "@/lib/search/fold-text";

// Turns whatever a reader typed into a safe PostgreSQL tsquery. Only letters
// and digits survive (plus "-", "/", "." between them, so "91-KH/ĐUK" is cut
// into the same lexemes the database made of it): no quote, colon, "&", "|",
// "!", "(", "*" or "<->" from the reader can ever reach to_tsquery.

export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 50;

const TOKEN = /[\p{L}\p{N}]+(?:[-/.][\p{L}\p{N}]+)*/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const CONTROL = /[\p{Cc}\p{Cf}]/gu;

export type SearchQuery = {
  /** What the reader typed, tidied: shown back and used as the cache key. */
  text: string;
  /** Folded tokens, e.g. ["theo", "guong", "bac"]. */
  terms: string[];
  /** e.g. "theo:* & guong:* & bac:*": every word as a prefix, all required. */
  tsquery: string;
  /** Words typed with accents, lowercase NFC (e.g. ["gương", "bác"]): exact matches rank first. */
  accentedWords: string[];
  /** Folded plain words for highlighting, longest first. */
  highlightTerms: string[];
  /** Letters and digits only ("91kh"), for số/ký hiệu typed with or without spaces; "" when the query does not look like one. */
  numberKey: string;
};

/** Trims, collapses spaces, drops control characters, caps the length. */
export function normalizeQueryText(raw: string | string[] | undefined | null): string {
  const value = Array.isArray(raw) ? (raw[0] ?? "") : (raw ?? "");
  return value.normalize("NFC").replace(CONTROL, " ").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH).trim();
}

const unique = <T>(values: T[]) => [...new Set(values)];

function hasAccents(word: string): boolean {
  return foldText(word) !== word;
}

/** The parsed query, or null when nothing searchable is left (empty, punctuation, emoji). */
export function parseSearchQuery(raw: string | string[] | undefined | null): SearchQuery | null {
  const text = normalizeQueryText(raw);
  const folded = foldText(text);
  const terms = unique(
    (folded.match(TOKEN) ?? []).map((token) => token.slice(0, MAX_TERM_LENGTH).replace(/[-/.]+$/, "")),
  ).slice(0, MAX_TERMS);
  if (terms.length === 0) return null;

  const accentedWords = unique((text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? []).map((w) => w.normalize("NFC")))
    .filter(hasAccents)
    .slice(0, MAX_TERMS);

  const highlightTerms = unique(terms.flatMap((term) => term.match(WORD) ?? [])).sort((a, b) => b.length - a.length);

  const compact = (folded.match(WORD) ?? []).join("");
  const looksLikeNumber = /\d/.test(text) || /[\p{L}\p{N}]\s*\/\s*[\p{L}\p{N}]/u.test(text);
  const numberKey = looksLikeNumber && compact.length >= 2 ? compact.slice(0, MAX_TERM_LENGTH) : "";

  return {
    text,
    terms,
    tsquery: terms.map((term) => `${term}:*`).join(" & "),
    accentedWords,
    highlightTerms,
    numberKey,
  };
}
