// A .docx is a ZIP, but not every ZIP is a .docx: its [Content_Types].xml
// must name a Word main document part (not a macro-enabled one, not a
// template) and that part must be there. Every entry is unpacked once,
// counting bytes, so a ZIP bomb is refused before mammoth reads it.
import JSZip from "jszip";
import { DOCX_MAX_DOCUMENT_XML_BYTES, DOCX_MAX_ENTRIES, DOCX_MAX_UNPACKED_BYTES } from "./upload-limits";

const WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const CONTENT_TYPES_MAX_BYTES = 1024 * 1024;

export type DocxCheck = { isDocx: true; mainPart: string } | { isDocx: false; reason: "not-zip" | "not-word" | "too-large" };

class TooLarge extends Error {}

/** Unpacks one entry without keeping it, and stops as soon as it passes `cap`. */
function unpackedSize(file: JSZip.JSZipObject, cap: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let total = 0;
    const stream = file.nodeStream("nodebuffer") as NodeJS.ReadableStream & { destroy(): void };
    stream
      .on("data", (chunk: Buffer) => {
        total += chunk.length;
        if (total > cap) {
          stream.destroy();
          reject(new TooLarge());
        }
      })
      .on("error", reject)
      .on("end", () => resolve(total));
  });
}

function mainPartName(contentTypes: string): string | null {
  for (const match of contentTypes.matchAll(/<Override\b[^>]*>/g)) {
    const tag = match[0];
    const contentType = /ContentType\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    const partName = /PartName\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    if (contentType === WORD_MAIN && partName) return decodeURIComponent(partName.replace(/^\//, ""));
  }
  return null;
}

export async function checkDocx(bytes: Uint8Array): Promise<DocxCheck> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    return { isDocx: false, reason: "not-zip" };
  }
  const files = Object.values(zip.files).filter((file) => !file.dir);
  if (files.length > DOCX_MAX_ENTRIES) return { isDocx: false, reason: "too-large" };

  const contentTypesFile = zip.file("[Content_Types].xml");
  if (!contentTypesFile) return { isDocx: false, reason: "not-word" };
  let mainPart: string | null;
  try {
    if ((await unpackedSize(contentTypesFile, CONTENT_TYPES_MAX_BYTES)) === 0) return { isDocx: false, reason: "not-word" };
    mainPart = mainPartName(await contentTypesFile.async("string"));
  } catch (error) {
    return { isDocx: false, reason: error instanceof TooLarge ? "too-large" : "not-zip" };
  }
  const main = mainPart ? zip.file(mainPart) : null;
  if (!mainPart || !main || !/\.xml$/i.test(mainPart)) return { isDocx: false, reason: "not-word" };

  try {
    let total = 0;
    for (const file of files) {
      const cap = file === main ? DOCX_MAX_DOCUMENT_XML_BYTES : DOCX_MAX_UNPACKED_BYTES - total;
      total += await unpackedSize(file, cap);
      if (total > DOCX_MAX_UNPACKED_BYTES) return { isDocx: false, reason: "too-large" };
    }
  } catch (error) {
    return { isDocx: false, reason: error instanceof TooLarge ? "too-large" : "not-zip" };
  }
  return { isDocx: true, mainPart };
}
