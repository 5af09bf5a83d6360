// The upload use case against a real database and a temporary UPLOAD_DIR:
// content decides, images lose their metadata and gain renditions, every
// refusal is in Vietnamese, and nothing is left behind by a refusal.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { animatedGif, htmlBytes, jpegWithGps, mp4Bytes, pdfBytes, pngBytes, svgBytes } from "@/tests/fixtures/media-files";
import { buildZip } from "@/tests/fixtures/build-docx";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

const database = setupTestDatabase();
const incoming = fs.mkdtempSync(path.join(os.tmpdir(), "trang-h3-incoming-"));
afterAll(() => fs.rmSync(incoming, { recursive: true, force: true }));

let counter = 0;
function tempFile(bytes: Uint8Array): { path: string } {
  const file = path.join(incoming, `upload-${++counter}`);
  fs.writeFileSync(file, bytes);
  return { path: file };
}

async function setup() {
  const { createUser } = await import("@/tests/factories");
  const { storeUpload } = await import("@/lib/server/media/store-upload");
  const { storagePath } = await import("@/lib/server/media/storage");
  const { db } = await import("@/lib/db");
  const actor = await createUser({ roles: ["CONTRIBUTOR"] });
  return { actor, storeUpload, storagePath, db };
}

const storedFiles = () => {
  const root = process.env.UPLOAD_DIR!;
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => !f.startsWith(".incoming") && fs.statSync(path.join(root, f)).isFile());
};

describe(`storing uploads on ${database.kind}`, () => {
  it("re-encodes a phone photo: upright, WebP, no EXIF or GPS, renditions, a row and an audit entry", async () => {
    const { actor, storeUpload, storagePath, db } = await setup();
    const photo = await jpegWithGps(3000, 2000);
    const before = await sharp(photo).metadata();
    expect(before.exif?.includes(Buffer.from([0x25, 0x88])) || before.exif?.includes(Buffer.from([0x88, 0x25]))).toBe(true); // GPS IFD pointer
    expect(before.orientation).toBe(6);

    const media = await storeUpload({ actor, source: tempFile(photo), originalName: "  Ảnh hội nghị.JPG ", alt: " Quang cảnh ", caption: "" });
    expect(media).toMatchObject({ kind: "IMAGE", mimeType: "image/webp", originalName: "Ảnh hội nghị.JPG", alt: "Quang cảnh", caption: null, width: 2000, height: 3000 });
    expect(media.url).toMatch(/^\/api\/media\/\d{4}\/\d{2}\/[0-9a-f]{32}\.webp$/);

    const key = media.url.replace("/api/media/", "");
    const stored = await sharp(storagePath(key)).metadata();
    expect(stored).toMatchObject({ format: "webp", width: 2000, height: 3000 });
    expect(stored.exif).toBeUndefined();
    expect(stored.xmp).toBeUndefined();
    expect(stored.iptc).toBeUndefined();
    expect(stored.orientation).toBeUndefined();

    const row = await db.mediaFile.findUniqueOrThrow({ where: { id: media.id } });
    expect(row).toMatchObject({ storageKey: key, uploadedById: actor.id, sizeBytes: fs.statSync(storagePath(key)).size });
    const variants = row.variants as { width: number; key: string }[];
    expect(variants.map((v) => v.width)).toEqual([480, 960, 1600]);
    for (const variant of variants) {
      expect(variant.key).toBe(key.replace(".webp", `-w${variant.width}.webp`));
      const meta = await sharp(storagePath(variant.key)).metadata();
      expect(meta).toMatchObject({ format: "webp", width: variant.width });
      expect(meta.exif).toBeUndefined();
    }
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "media.upload", objectId: String(media.id) } });
    expect(audit).toMatchObject({ actorId: actor.id, result: "SUCCESS" });
  });

  it("scales a wide picture down to 2400 px and keeps an animated GIF animated", async () => {
    const { actor, storeUpload, storagePath } = await setup();
    const wide = await storeUpload({ actor, source: { bytes: await pngBytes(3200, 400) }, originalName: "bang-ron.png" });
    expect(wide).toMatchObject({ width: 2400, height: 300 });
    const gif = await storeUpload({ actor, source: tempFile(await animatedGif()), originalName: "hoat-hinh.gif" });
    expect(gif).toMatchObject({ kind: "IMAGE", mimeType: "image/webp", width: 120, height: 80 });
    expect((await sharp(storagePath(gif.url.replace("/api/media/", ""))).metadata()).pages).toBe(3);
  });

  it("stores PDF, DOCX and MP4 as they are, typed by their content", async () => {
    const { actor, storeUpload, storagePath } = await setup();
    const { buildDocx, docx } = await import("@/tests/fixtures/build-docx");
    const pdf = await storeUpload({ actor, source: tempFile(pdfBytes()), originalName: "91-KH-ĐUK.pdf", accept: "document" });
    expect(pdf).toMatchObject({ kind: "PDF", mimeType: "application/pdf", width: null });
    expect(pdf.url).toMatch(/\.pdf$/);
    expect(fs.readFileSync(storagePath(pdf.url.replace("/api/media/", "")))).toEqual(pdfBytes());

    const word = await storeUpload({ actor, source: tempFile(await buildDocx(docx.paragraph(docx.text("x")))), originalName: "bao-cao.docx" });
    expect(word).toMatchObject({ kind: "DOCX", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });

    const clip = await storeUpload({ actor, source: tempFile(mp4Bytes()), originalName: "clip.mp4", accept: "video" });
    expect(clip).toMatchObject({ kind: "VIDEO", mimeType: "video/mp4" });
    expect(clip.url).toMatch(/\.mp4$/);
  });

  it.each([
    ["an SVG named .png", svgBytes, "logo.png", "any", "Không nhận ảnh SVG, trang HTML hay tệp văn bản có mã: chúng có thể chứa mã độc.", 415],
    ["an HTML page named .jpg", htmlBytes, "anh.jpg", "image", "Không nhận ảnh SVG, trang HTML hay tệp văn bản có mã: chúng có thể chứa mã độc.", 415],
    ["an empty file", () => Buffer.alloc(0), "rong.png", "any", "Tệp rỗng, không có nội dung để tải lên.", 400],
    ["a program named .pdf", () => Buffer.from("MZ\x90\x00 program"), "van-ban.pdf", "any", "Định dạng tệp không được hỗ trợ. Chỉ nhận ảnh JPEG, PNG, WebP, GIF, tài liệu PDF, Word (.docx) và video MP4.", 415],
    ["a PDF where only images are accepted", pdfBytes, "anh.jpg", "image", "Ở đây chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF.", 415],
    ["a GIF header hiding a script", () => Buffer.from("GIF89a<script>alert(1)</script>"), "a.gif", "any", "Không đọc được ảnh: tệp bị hỏng hoặc không đúng định dạng.", 422],
    ["a legacy .doc", () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "cu.doc", "document",
      "Tệp Word cũ (.doc) hoặc tệp Word có mật khẩu chưa được hỗ trợ. Hãy mở bằng Word và lưu lại dưới dạng .docx, không đặt mật khẩu.", 415],
  ] as const)("refuses %s", async (_label, make, name, accept, message, status) => {
    const { actor, storeUpload, db } = await setup();
    const files = storedFiles().length;
    const rows = await db.mediaFile.count();
    await expect(storeUpload({ actor, source: tempFile(make()), originalName: name, accept })).rejects.toMatchObject({ message, status });
    expect(await db.mediaFile.count()).toBe(rows);
    expect(storedFiles()).toHaveLength(files);
  });

  it("refuses a ZIP of other things named .docx", async () => {
    const { actor, storeUpload } = await setup();
    const zip = await buildZip({ "word/document.xml": "<x/>", "anh.png": await pngBytes() });
    await expect(storeUpload({ actor, source: tempFile(zip), originalName: "bao-cao.docx" })).rejects.toMatchObject({
      message: "Tệp nén này không phải tài liệu Word (.docx).",
      status: 415,
    });
  });

  it("refuses files over their kind's limit, whatever their name says", async () => {
    const { actor, storeUpload } = await setup();
    // A real JPEG header and 16 MB of nothing (a sparse file: no memory spent).
    const big = tempFile(await jpegWithGps(16, 16));
    fs.truncateSync(big.path, 16 * 1024 * 1024);
    await expect(storeUpload({ actor, source: big, originalName: "anh.jpg" })).rejects.toMatchObject({ message: "Tệp quá lớn (tối đa 15 MB).", status: 413 });
    const pdf = tempFile(pdfBytes());
    fs.truncateSync(pdf.path, 31 * 1024 * 1024);
    await expect(storeUpload({ actor, source: pdf, originalName: "x.pdf" })).rejects.toMatchObject({ message: "Tệp quá lớn (tối đa 30 MB)." });
  });

  it("refuses an over-long alt text in Vietnamese", async () => {
    const { actor, storeUpload } = await setup();
    await expect(storeUpload({ actor, source: { bytes: await pngBytes() }, originalName: "a.png", alt: "x".repeat(501) })).rejects.toMatchObject({
      message: "Mô tả ảnh dài tối đa 500 ký tự.",
    });
  });
});
