import "server-only";
// Word → HTML with mammoth. Headings move down one level (the page title is
// the only h1), underline is kept (mammoth drops it by default), a style map
// embedded in the file is ignored and linked external files are never read.
import mammoth from "mammoth";

const STYLE_MAP = [
  "p[style-name='Title'] => h2:fresh",
  ...[1, 2, 3, 4, 5, 6].flatMap((level) => {
    const tag = `h${Math.min(level + 1, 4)}`;
    return [`p.Heading${level} => ${tag}:fresh`, `p[style-name='Heading ${level}'] => ${tag}:fresh`, `p[style-name='heading ${level}'] => ${tag}:fresh`];
  }),
  // Common body styles of Vietnamese administrative documents: plain paragraphs.
  ...["Body Text", "Body Text Indent", "Normal (Web)", "No Spacing", "List Paragraph", "Caption", "Default"].map(
    (name) => `p[style-name='${name}'] => p:fresh`,
  ),
  "u => u",
  "strike => s",
];

export type ConvertedDocx = { html: string; messages: { message: string }[] };

/** A stored picture: its URL and size (so the page keeps its place while it loads). */
export type StoredDocxImage = { src: string; width: number | null; height: number | null };

/** `storeImage` gets each embedded picture and answers where it is stored, or null to leave it out. */
export async function convertDocx(
  buffer: Buffer,
  storeImage: (image: { bytes: Buffer; altText: string | null }) => Promise<StoredDocxImage | null>,
): Promise<ConvertedDocx> {
  const result = await mammoth.convertToHtml(
    { buffer },
    {
      styleMap: STYLE_MAP,
      includeEmbeddedStyleMap: false,
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(async (image) => {
        const altText = (image as { altText?: unknown }).altText;
        const stored = await storeImage({ bytes: await image.readAsBuffer(), altText: typeof altText === "string" ? altText : null });
        if (!stored) return { src: "" };
        const size = stored.width && stored.height ? { width: String(stored.width), height: String(stored.height) } : {};
        return { src: stored.src, ...size };
      }),
    },
  );
  return { html: result.value, messages: result.messages };
}
