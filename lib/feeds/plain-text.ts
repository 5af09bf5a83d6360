// Feed readers render <title> and <description> as HTML once the XML is
// unescaped, so a field that reaches them must hold no markup at all: a lead
// such as `<img src=x onerror=alert(1)>` is dropped, not shown as a tag.
// Escaping twice instead (&amp;lt;) would show raw entities in readers that
// treat the field as text, so the fields are plain text, escaped once for XML.

// What an HTML parser (even a lenient one) may take for the start of a tag or
// a comment: "<" then a letter, "/", "!" or "?". Runs to the next ">" or, when
// unterminated, to the end (a parser would swallow the rest as the tag).
const TAG_LIKE = /<[\p{L}/!?][^>]*(>|$)/gu;

/** A text field for a feed: markup removed (nested tricks included), whitespace collapsed. */
export function feedPlainText(value: string): string {
  let text = value;
  for (let previous = ""; previous !== text; ) {
    previous = text;
    text = text.replace(TAG_LIKE, " ");
  }
  return text.replace(/\s+/g, " ").trim();
}
