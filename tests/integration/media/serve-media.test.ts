// What /api/media answers: for uploaded files the proved type, nosniff,
// downloads for documents under their Vietnamese name, inline video with
// byte ranges for seeking, and long caching for immutable keys; for stored
// files, images inline and documents as attachments, never a draft
// document's file or a path outside UPLOAD_DIR.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mp4Bytes, pdfBytes, pngBytes } from "@/tests/fixtures/media-files";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

const database = setupTestDatabase();
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "trang-media-"));

// After setupTestDatabase's hook, so this folder wins for every test here.
beforeAll(() => {
  process.env.UPLOAD_DIR = uploadDir;
});
afterAll(() => fs.rmSync(uploadDir, { recursive: true, force: true }));

function putFile(key: string, content: string | Buffer) {
  fs.mkdirSync(path.dirname(path.join(uploadDir, key)), { recursive: true });
  fs.writeFileSync(path.join(uploadDir, key), content);
}

async function attachmentKey(documentId: number): Promise<string> {
  const { db } = await import("@/lib/db");
  const link = await db.documentFile.findFirstOrThrow({ where: { documentId }, include: { mediaFile: true } });
  return link.mediaFile.storageKey;
}

async function upload(bytes: Buffer, originalName: string) {
  const { createUser } = await import("@/tests/factories");
  const { storeUpload } = await import("@/lib/server/media/store-upload");
  const actor = await createUser();
  return storeUpload({ actor, source: { bytes }, originalName });
}

async function get(url: string, headers: Record<string, string> = {}) {
  const { GET } = await import("@/app/api/media/[...key]/route");
  const key = url.replace("/api/media/", "");
  return GET(new Request(`http://localhost${url}`, { headers }), { params: Promise.resolve({ key: key.split("/") }) });
}

describe(`serving uploads on ${database.kind}`, () => {
  it("serves a PDF as an attachment under its real name, typed from its row, never sniffed", async () => {
    const media = await upload(pdfBytes(), "Kế hoạch 91-KH-ĐUK.pdf");
    const response = await get(media.url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="Ke hoach 91-KH-DUK.pdf"; filename*=UTF-8''${encodeURIComponent("Kế hoạch 91-KH-ĐUK.pdf")}`,
    );
    expect(response.headers.get("cache-control")).toBe("public, no-cache");
    expect(Buffer.from(await response.arrayBuffer())).toEqual(pdfBytes());
  });

  it("plays a video inline with byte ranges, cached like an image", async () => {
    const media = await upload(mp4Bytes(4096), "clip.mp4");
    const whole = await get(media.url);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("video/mp4");
    expect(whole.headers.get("content-disposition")).toBeNull();
    expect(whole.headers.get("accept-ranges")).toBe("bytes");
    expect(whole.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    await whole.body?.cancel();

    const part = await get(media.url, { range: "bytes=100-199" });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe("bytes 100-199/4096");
    expect(part.headers.get("content-length")).toBe("100");
    expect(Buffer.from(await part.arrayBuffer())).toEqual(mp4Bytes(4096).subarray(100, 200));
    expect((await get(media.url, { range: "bytes=5000-" })).status).toBe(416);
  });

  it("serves an uploaded image and its renditions inline", async () => {
    const media = await upload(await pngBytes(1200, 600), "anh.png");
    const response = await get(media.url);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toBeNull();
    await response.body?.cancel();
    const rendition = await get(media.url.replace(".webp", "-w480.webp"));
    expect(rendition.status).toBe(200);
    await rendition.body?.cancel();
  });

  it("sandboxes every file opened on its own with a CSP that lets nothing run", async () => {
    const image = await upload(await pngBytes(300, 200), "anh.png");
    const document = await upload(pdfBytes(), "van-ban.pdf");
    for (const url of [image.url, document.url, "/api/media/2026/01/khong-co.webp"]) {
      const response = await get(url);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp, url).toContain("default-src 'none'");
      expect(csp, url).toContain("sandbox");
      expect(csp, url).not.toContain("script-src");
      await response.body?.cancel();
    }
  });
});

describe(`stored files on ${database.kind}`, () => {
  it("serves a published document's PDF as an attachment with its real name", async () => {
    const { createDocument } = await import("@/tests/factories");
    const document = await createDocument({ status: "PUBLISHED" });
    const key = await attachmentKey(document.id);
    putFile(key, "%PDF-1.4 test");

    const response = await get(`/api/media/${key}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="van-ban-/);
    expect(await response.text()).toBe("%PDF-1.4 test");
  });

  it("refuses a draft document's file even when its key is known", async () => {
    const { createDocument } = await import("@/tests/factories");
    const draft = await createDocument({ status: "DRAFT" });
    const key = await attachmentKey(draft.id);
    putFile(key, "%PDF-1.4 secret");

    const response = await get(`/api/media/${key}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("secret");
  });

  it("serves images inline and cacheable, and nothing outside the upload directory", async () => {
    putFile("demo/anh.webp", Buffer.from("RIFF....WEBP"));
    const image = await get("/api/media/demo/anh.webp");
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/webp");
    expect(image.headers.get("content-disposition")).toBeNull();
    expect(image.headers.get("cache-control")).toContain("immutable");

    fs.writeFileSync(path.join(path.dirname(uploadDir), "outside.webp"), "x");
    expect((await get("/api/media/../outside.webp")).status).toBe(404);
    expect((await get("/api/media/demo/khong-co.webp")).status).toBe(404);
  });
});
