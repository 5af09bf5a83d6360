// mammoth's HTML, reshaped into what the editor's schema parses: an image
// becomes a figure with an (empty) caption the author can fill, outside any
// paragraph; links to the Word file's own bookmarks and footnotes lose their
// tag (their targets are not carried over). mammoth's output is regular
// (every attribute quoted and escaped, no nested paragraphs), so plain
// patterns are enough; this is not a security boundary — sanitizeHtml() runs
// on the result.

const IMAGE = /<img\b[^>]*>/g;
const PARAGRAPH = /<p>([\s\S]*?)<\/p>/g;

const hasSrc = (tag: string) => /\ssrc="[^"]+"/.test(tag);
const figure = (img: string) => `<figure>${img}<figcaption></figcaption></figure>`;
const textOf = (html: string) => html.replace(/<[^>]*>/g, "").replace(/&nbsp;|\u00a0/g, " ").trim();

function shapeParagraph(_match: string, inner: string): string {
  const images = (inner.match(IMAGE) ?? []).filter(hasSrc);
  const rest = inner.replace(IMAGE, "");
  const paragraph = textOf(rest) ? `<p>${rest}</p>` : "";
  return paragraph + images.map(figure).join("");
}

export function shapeImportedHtml(html: string): string {
  return (
    html
      .replace(PARAGRAPH, shapeParagraph)
      // Images elsewhere (a list item, a heading) with no stored file are dropped.
      .replace(IMAGE, (tag) => (hasSrc(tag) ? tag : ""))
      .replace(/<a\b[^>]*\shref="#[^"]*"[^>]*>([\s\S]*?)<\/a>/g, "$1")
      .replace(/<a\b(?![^>]*\shref=)[^>]*>([\s\S]*?)<\/a>/g, "$1")
  );
}
