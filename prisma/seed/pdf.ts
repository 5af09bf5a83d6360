// A one- or two-page PDF for a demo document, laid out like a Vietnamese
// administrative document (header, number, date, title, body, signature).
// Be Vietnam Pro ships from @fontsource split by Unicode range (latin,
// latin-ext, vietnamese), so every run of text is drawn with the subset that
// has its glyphs.
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve("@fontsource/be-vietnam-pro/package.json")), "files");
const SUBSETS = ["latin", "vietnamese", "latin-ext"] as const;

type Weight = 400 | 700;
type FontSet = { font: PDFFont; glyphs: Set<number> }[];

const fontBytes = new Map<string, Uint8Array>();
async function readFont(subset: string, weight: Weight): Promise<Uint8Array> {
  const file = path.join(FONT_DIR, `be-vietnam-pro-${subset}-${weight}-normal.woff`);
  let bytes = fontBytes.get(file);
  if (!bytes) {
    bytes = new Uint8Array(await fs.readFile(file));
    fontBytes.set(file, bytes);
  }
  return bytes;
}

async function embedFontSet(pdf: PDFDocument, weight: Weight): Promise<FontSet> {
  const set: FontSet = [];
  for (const subset of SUBSETS) {
    const font = await pdf.embedFont(await readFont(subset, weight), { subset: true, customName: `BeVietnamPro-${weight}-${subset}` });
    set.push({ font, glyphs: new Set(font.getCharacterSet()) });
  }
  return set;
}

/** Splits text into runs, each drawable with one subset. */
function runs(fonts: FontSet, value: string): { font: PDFFont; text: string }[] {
  const result: { font: PDFFont; text: string }[] = [];
  for (const char of value.normalize("NFC")) {
    const code = char.codePointAt(0)!;
    const font = (fonts.find((entry) => entry.glyphs.has(code)) ?? fonts[0]!).font;
    const last = result[result.length - 1];
    if (last && last.font === font) last.text += char;
    else result.push({ font, text: char });
  }
  return result;
}

const widthOf = (fonts: FontSet, value: string, size: number) =>
  runs(fonts, value).reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, size), 0);

function wrap(fonts: FontSet, value: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of value.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && widthOf(fonts, candidate, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

export type DocumentPdf = {
  header: [string, string];
  isState: boolean;
  numberSymbol: string;
  dateLine: string;
  typeName: string;
  summary: string;
  paragraphs: string[];
  signerTitle: string[];
  signerName?: string;
  issuedAt: Date;
  footer: string;
};

const PAGE = { width: 595.28, height: 841.89, margin: 62 };
const INK = rgb(0.1, 0.1, 0.1);

export async function renderDocumentPdf(input: DocumentPdf): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(`${input.numberSymbol} – ${input.summary}`);
  pdf.setProducer("Trang thông tin điện tử (dữ liệu trình diễn)");
  pdf.setCreator("Trang thông tin điện tử");
  pdf.setCreationDate(input.issuedAt);
  pdf.setModificationDate(input.issuedAt);
  const regular = await embedFontSet(pdf, 400);
  const bold = await embedFontSet(pdf, 700);

  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const contentWidth = PAGE.width - 2 * PAGE.margin;

  const draw = (value: string, x: number, at: number, size: number, fonts: FontSet) => {
    let cursor = x;
    for (const run of runs(fonts, value)) {
      page.drawText(run.text, { x: cursor, y: at, size, font: run.font, color: INK });
      cursor += run.font.widthOfTextAtSize(run.text, size);
    }
  };
  const centred = (value: string, centre: number, at: number, size: number, fonts: FontSet) =>
    draw(value, centre - widthOf(fonts, value, size) / 2, at, size, fonts);
  const ensureRoom = (height: number) => {
    if (y - height >= PAGE.margin + 20) return;
    page = pdf.addPage([PAGE.width, PAGE.height]);
    y = PAGE.height - PAGE.margin;
  };

  // Header: the issuing body on the left, the Party's or the State's name on the right.
  const left = PAGE.margin + 95;
  const right = PAGE.width - PAGE.margin - 125;
  centred(input.header[0], left, y, 10.5, regular);
  centred(input.header[1], left, y - 14, 10.5, bold);
  centred(`Số ${input.numberSymbol}`, left, y - 34, 10.5, regular);
  if (input.isState) {
    centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", right, y, 10, bold);
    centred("Độc lập - Tự do - Hạnh phúc", right, y - 14, 10.5, bold);
  } else {
    const motto = "ĐẢNG CỘNG SẢN VIỆT NAM";
    centred(motto, right, y, 11, bold);
    const width = widthOf(bold, motto, 11);
    page.drawLine({ start: { x: right - width / 2, y: y - 3 }, end: { x: right + width / 2, y: y - 3 }, thickness: 0.6, color: INK });
  }
  centred(input.dateLine, right, y - 34, 10.5, regular);
  y -= 80;

  // Title: the document type, then its summary.
  if (input.typeName) {
    centred(input.typeName.toLocaleUpperCase("vi"), PAGE.width / 2, y, 15, bold);
    y -= 22;
  }
  for (const line of wrap(bold, input.summary, 12.5, contentWidth - 40)) {
    centred(line, PAGE.width / 2, y, 12.5, bold);
    y -= 17;
  }
  page.drawLine({ start: { x: PAGE.width / 2 - 40, y: y + 6 }, end: { x: PAGE.width / 2 + 40, y: y + 6 }, thickness: 0.6, color: INK });
  y -= 18;

  for (const paragraph of input.paragraphs) {
    const isHeading = /^[IVX]+\. /.test(paragraph);
    const fonts = isHeading ? bold : regular;
    const lines = wrap(fonts, isHeading ? paragraph : `      ${paragraph}`, 12, contentWidth);
    for (const line of lines) {
      ensureRoom(17);
      draw(line, PAGE.margin, y, 12, fonts);
      y -= 17;
    }
    y -= 6;
  }

  // Signature block, bottom right.
  ensureRoom(40 + input.signerTitle.length * 15 + 60);
  y -= 14;
  for (const line of input.signerTitle) {
    centred(line, right, y, 11, bold);
    y -= 15;
  }
  y -= 50;
  if (input.signerName) centred(input.signerName, right, y, 12, bold);

  for (const [index, each] of pdf.getPages().entries()) {
    const footer = `${input.footer} — Trang ${index + 1}/${pdf.getPageCount()}`;
    page = each;
    draw(footer, PAGE.margin, 30, 8.5, regular);
  }
  return pdf.save({ useObjectStreams: true });
}
