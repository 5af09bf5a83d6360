// A .docx is proved by what is inside the ZIP, not by the ZIP signature.
import { describe, expect, it } from "vitest";
import { checkDocx } from "@/lib/media/docx-check";
import { DOCX_MAX_DOCUMENT_XML_BYTES } from "@/lib/media/upload-limits";
import { buildDocx, buildZip, docx } from "@/tests/fixtures/build-docx";

describe("checkDocx", () => {
  it("accepts a Word document", async () => {
    const file = await buildDocx(docx.paragraph(docx.text("Xin chào")));
    expect(await checkDocx(file)).toEqual({ isDocx: true, mainPart: "word/document.xml" });
  });

  it("refuses a ZIP of other things, even one with a word/document.xml", async () => {
    expect(await checkDocx(await buildZip({ "anh.jpg": "x", "ghi-chu.txt": "y" }))).toEqual({ isDocx: false, reason: "not-word" });
    expect(await checkDocx(await buildZip({ "word/document.xml": "<w:document/>" }))).toEqual({ isDocx: false, reason: "not-word" });
  });

  it("refuses a spreadsheet, a macro-enabled document and a template", async () => {
    for (const mainType of [
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
      "application/vnd.ms-word.document.macroEnabled.main+xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    ]) {
      expect(await checkDocx(await buildDocx(docx.paragraph(docx.text("x")), [], { mainType }))).toMatchObject({ isDocx: false, reason: "not-word" });
    }
  });

  it("refuses content types that name a missing main part", async () => {
    const file = await buildZip({
      "[Content_Types].xml": `<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    });
    expect(await checkDocx(file)).toEqual({ isDocx: false, reason: "not-word" });
  });

  it("refuses what is not a ZIP at all, and a ZIP bomb before it is read", async () => {
    expect(await checkDocx(Buffer.from("PK\u0003\u0004 not really a zip"))).toEqual({ isDocx: false, reason: "not-zip" });
    const bomb = await buildDocx(`<w:p><w:r><w:t>${" ".repeat(DOCX_MAX_DOCUMENT_XML_BYTES + 1024)}</w:t></w:r></w:p>`);
    expect(bomb.byteLength).toBeLessThan(200_000);
    expect(await checkDocx(bomb)).toEqual({ isDocx: false, reason: "too-large" });
  });
});
