// Importing a Word file: its structure becomes the editor's HTML, its
// pictures are stored through the image pipeline and referenced by URL, and
// only a real .docx is taken.
import fs from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { buildDocx, buildZip, docx } from "@/tests/fixtures/build-docx";
import { pdfBytes, pngBytes } from "@/tests/fixtures/media-files";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";
import { blob, nextHeadersMock, signInAs, uploadRequest } from "@/tests/setup/requests";

vi.mock("next/headers", () => nextHeadersMock());

const database = setupTestDatabase();

async function sampleDocx() {
  const png = await pngBytes(640, 360);
  return buildDocx(
    docx.heading("Hội nghị tổng kết công tác tuyên giáo") +
      docx.paragraph(docx.text("Sáng nay, "), docx.bold("Đảng ủy Khối"), docx.text(" tổ chức "), docx.underline("hội nghị"), docx.text(".")) +
      docx.table([["Đơn vị", "Số tin"], ["Chi bộ 1", "12"]]) +
      docx.paragraph(docx.image("rIdImg1", "Quang cảnh hội nghị")) +
      docx.paragraph(docx.image("rIdEmf", "Sơ đồ")),
    [
      { rId: "rIdImg1", name: "image1.png", bytes: png, contentType: "image/png" },
      // A Windows metafile: Word has it, browsers cannot show it.
      { rId: "rIdEmf", name: "image2.emf", bytes: Buffer.from([1, 0, 0, 0, 0x6c, 0, 0, 0, 0, 0]), contentType: "image/x-emf" },
    ],
  );
}

describe(`Word import on ${database.kind}`, () => {
  it("turns heading, bold, underline, table and picture into the editor's sanitised HTML", async () => {
    const { createUser } = await import("@/tests/factories");
    const { importDocx } = await import("@/lib/server/imports/import-docx");
    const { storagePath } = await import("@/lib/server/media/storage");
    const { db } = await import("@/lib/db");
    const actor = await createUser();

    const result = await importDocx({ actor, source: { bytes: await sampleDocx() }, originalName: "Bài hội nghị.docx" });
    expect(result.imageCount).toBe(1);
    expect(result.html).toContain("<h2>Hội nghị tổng kết công tác tuyên giáo</h2>");
    expect(result.html).toContain("<strong>Đảng ủy Khối</strong>");
    expect(result.html).toContain("<u>hội nghị</u>");
    expect(result.html).toMatch(/<table><tr><td><p>Đơn vị<\/p><\/td>/);
    // The stored size travels with the picture, so the page keeps its place while it loads.
    const figure = /<figure><img alt="Quang cảnh hội nghị" src="(\/api\/media\/[^"]+\.webp)" width="640" height="\d+" \/><figcaption><\/figcaption><\/figure>/.exec(result.html);
    expect(figure).not.toBeNull();
    expect(result.html).not.toMatch(/<img[^>]*src=""/);
    expect(result.warnings).toEqual(["Bỏ qua 1 ảnh không đọc được (chỉ nhận ảnh JPEG, PNG, WebP, GIF; ảnh vẽ EMF/WMF cần chèn lại)."]);

    const key = figure![1]!.replace("/api/media/", "");
    expect(fs.existsSync(storagePath(key))).toBe(true);
    const row = await db.mediaFile.findUniqueOrThrow({ where: { storageKey: key } });
    expect(row).toMatchObject({ kind: "IMAGE", uploadedById: actor.id, alt: "Quang cảnh hội nghị", originalName: "Bài hội nghị – ảnh 1", width: 640 });
    expect((row.variants as { width: number }[]).map((v) => v.width)).toEqual([480]);
  });

  it("answers the editor through the route, and refuses what is not a .docx", async () => {
    const { POST } = await import("@/app/api/imports/docx/route");
    await signInAs(["CONTRIBUTOR"]);
    const path = "/api/imports/docx";
    const ok = await POST(uploadRequest(blob(await sampleDocx()), { name: "bai.docx", path }));
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(body).toMatchObject({ imageCount: 1, warnings: [expect.stringContaining("Bỏ qua 1 ảnh")] });
    expect(body.html).toContain("<h2>");

    const pdf = await POST(uploadRequest(blob(pdfBytes()), { name: "bai.docx", path }));
    expect(pdf.status).toBe(415);
    expect(await pdf.json()).toEqual({ error: "Tệp không phải tài liệu Word (.docx)." });
    const zip = await POST(uploadRequest(blob(await buildZip({ "a.txt": "x" })), { name: "bai.docx", path }));
    expect(await zip.json()).toEqual({ error: "Tệp không phải tài liệu Word (.docx)." });
    const foreign = await POST(uploadRequest(blob(await sampleDocx()), { name: "bai.docx", path, origin: "https://evil.example" }));
    expect(foreign.status).toBe(403);
  });

  it("gives up on a file that takes too long", async () => {
    const { createUser } = await import("@/tests/factories");
    const { importDocx } = await import("@/lib/server/imports/import-docx");
    const actor = await createUser();
    await expect(importDocx({ actor, source: { bytes: await sampleDocx() }, originalName: "x.docx", timeoutMs: 1 })).rejects.toMatchObject({
      message: "Tài liệu quá phức tạp, không chuyển xong trong thời gian cho phép. Hãy tách thành các tệp nhỏ hơn.",
    });
  });

  it("keeps script out of whatever the Word file says", async () => {
    const { createUser } = await import("@/tests/factories");
    const { importDocx } = await import("@/lib/server/imports/import-docx");
    const actor = await createUser();
    const hostile = await buildDocx(
      docx.paragraph(docx.text('<script>alert(1)</script><img src=x onerror="alert(1)">')) +
        docx.paragraph(`<w:hyperlink r:id="rIdJs"><w:r><w:t>bấm</w:t></w:r></w:hyperlink>`, `<w:hyperlink r:id="rIdOk"><w:r><w:t>báo</w:t></w:r></w:hyperlink>`),
      [],
      { hyperlinks: { rIdJs: "javascript:alert(document.cookie)", rIdOk: "https://dangcongsan.vn/" } },
    );
    const result = await importDocx({ actor, source: { bytes: hostile }, originalName: "x.docx" });
    // The words stay as text; no element, attribute or link carries them.
    expect(result.html).not.toMatch(/<script|<img|<[^>]*\son\w+=|href="javascript:/i);
    expect(result.html).toContain("&lt;script&gt;");
    expect(result.html).toContain("<p>bấm");
    expect(result.html).toContain('<a href="https://dangcongsan.vn/" rel="noopener noreferrer nofollow">báo</a>');
  });
});
