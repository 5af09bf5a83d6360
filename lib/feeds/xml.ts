// XML 1.0 text: escape the five specials and drop characters XML forbids
// (a stray control character pasted from Word would make the feed invalid).
const INVALID_XML_CHARS = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function escapeXml(text: string): string {
  return text.replace(INVALID_XML_CHARS, "").replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** RFC 822 date as RSS 2.0 wants it: "Wed, 25 Nov 2026 03:00:00 GMT". */
export function rfc822Date(date: Date | string): string {
  return new Date(date).toUTCString();
}
