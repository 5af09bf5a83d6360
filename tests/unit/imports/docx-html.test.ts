// The Word import's pure steps: reshaping mammoth's HTML for the editor, and
// turning mammoth's messages into a few Vietnamese warnings.
import { describe, expect, it } from "vitest";
import { translateDocxMessages } from "@/lib/imports/docx-warnings";
import { shapeImportedHtml } from "@/lib/imports/shape-imported-html";

describe("shapeImportedHtml", () => {
  it("turns a paragraph holding only an image into a figure with an empty caption", () => {
    expect(shapeImportedHtml('<p><img alt="Hội nghị" src="/api/media/2026/11/a.webp" /></p>')).toBe(
      '<figure><img alt="Hội nghị" src="/api/media/2026/11/a.webp" /><figcaption></figcaption></figure>',
    );
  });

  it("takes an image out of a paragraph of text and puts it after", () => {
    expect(shapeImportedHtml('<p>Trước <img src="/api/media/a.webp" /> sau</p>')).toBe(
      '<p>Trước  sau</p><figure><img src="/api/media/a.webp" /><figcaption></figcaption></figure>',
    );
  });

  it("drops images that were not stored, and empty paragraphs they leave", () => {
    expect(shapeImportedHtml('<p><img alt="emf" src="" /></p><ul><li>x<img src="" /></li></ul>')).toBe("<ul><li>x</li></ul>");
  });

  it("keeps links out, but unwraps links to the file's own bookmarks and bare anchors", () => {
    expect(shapeImportedHtml('<p><a href="https://dangcongsan.vn">Báo</a> <a href="#_Toc1">mục lục</a><a id="_GoBack"></a></p>')).toBe(
      '<p><a href="https://dangcongsan.vn">Báo</a> mục lục</p>',
    );
  });

  it("leaves headings, emphasis, lists and tables alone", () => {
    const html = "<h2>A</h2><p><strong>b</strong> <em>c</em> <u>d</u></p><ol><li>e</li></ol><table><tr><td><p>f</p></td></tr></table>";
    expect(shapeImportedHtml(html)).toBe(html);
  });
});

describe("translateDocxMessages", () => {
  it("gathers unknown styles into one sentence each, said once", () => {
    const warnings = translateDocxMessages([
      { message: "Unrecognised paragraph style: 'Body Text 2' (Style ID: BodyText2)" },
      { message: "Unrecognised paragraph style: 'Body Text 2' (Style ID: BodyText2)" },
      { message: "Paragraph style with ID Lạ was referenced but not defined in the document" },
      { message: "Unrecognised paragraph style: 'null' (Style ID: Lạ)" },
      { message: "Unrecognised run style: 'Emphasis Strong' (Style ID: ES)" },
    ]);
    expect(warnings).toEqual([
      "Kiểu đoạn của Word “Body Text 2”, “Lạ” không có trong trình soạn thảo; các đoạn đó được chuyển thành đoạn văn thường.",
      "Kiểu chữ của Word “Emphasis Strong” không có trong trình soạn thảo; đã bỏ các định dạng đó.",
    ]);
  });

  it("says other losses once, in Vietnamese, and leaves images to the import's own count", () => {
    const warnings = translateDocxMessages([
      { message: "An unrecognised element was ignored: v:textbox" },
      { message: "An unrecognised element was ignored: w:object" },
      { message: "Image of type image/x-emf is unlikely to display in web browsers" },
      { message: "unexpected non-cell element in table row, cell merging may be incorrect" },
    ]);
    expect(warnings).toEqual([
      "Một số thành phần trong tệp Word (hộp văn bản, hình vẽ, chú thích…) không chuyển được và đã bị bỏ qua.",
      "Một bảng có ô gộp không chuẩn; hãy kiểm tra lại bảng sau khi nhập.",
    ]);
  });
});
