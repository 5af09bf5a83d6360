// With MEDIA_STORAGE=s3, uploads land in the shared bucket (an S3-compatible
// s3rver started here) and are served, cropped for sharing and cleaned up
// from there, with the same answers as from the local folder; nothing is
// kept in UPLOAD_DIR but the temporary incoming files.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { jpegWithGps, mp4Bytes, pdfBytes } from "@/tests/fixtures/media-files";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";
import { startS3TestServer, type S3TestServer } from "./s3-test-server";

vi.mock("next/cache", () => import("@/tests/setup/next-cache-passthrough"));

const database = setupTestDatabase();
const incoming = fs.mkdtempSync(path.join(os.tmpdir(), "trang-s3-incoming-"));
let s3: S3TestServer;

beforeAll(async () => {
  s3 = await startS3TestServer();
  // Read by lib/env on first use, after this (setupTestDatabase sets the rest).
  Object.assign(process.env, s3.env);
});
afterAll(async () => {
  for (const name of Object.keys(s3?.env ?? {})) delete process.env[name];
  await s3?.stop();
  fs.rmSync(incoming, { recursive: true, force: true });
});

async function upload(source: { bytes: Buffer } | { path: string }, originalName: string, accept?: "document" | "video") {
  const { createUser } = await import("@/tests/factories");
  const { storeUpload } = await import("@/lib/server/media/store-upload");
  const actor = await createUser({ roles: ["CONTRIBUTOR"] });
  return storeUpload({ actor, source, originalName, accept });
}

function temporaryFile(bytes: Buffer): { path: string } {
  const file = path.join(incoming, `upload-${Math.random().toString(36).slice(2)}`);
  fs.writeFileSync(file, bytes);
  return { path: file };
}

async function get(url: string, headers: Record<string, string> = {}) {
  const { GET } = await import("@/app/api/media/[...key]/route");
  const key = url.replace("/api/media/", "");
  return GET(new Request(`http://localhost${url}`, { headers }), { params: Promise.resolve({ key: key.split("/") }) });
}

const keyOf = (url: string) => url.replace("/api/media/", "");

const localFiles = () => {
  const root = process.env.UPLOAD_DIR!;
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => !f.startsWith(".incoming") && fs.statSync(path.join(root, f)).isFile());
};

describe(`uploads in an S3 bucket on ${database.kind}`, () => {
  it("puts a phone photo and its renditions in the bucket, stripped and re-encoded, and serves them", async () => {
    const media = await upload({ bytes: await jpegWithGps(3000, 2000) }, "Ảnh hội nghị.jpg");
    const key = keyOf(media.url);
    const keys = await s3.listKeys();
    expect(keys).toEqual(expect.arrayContaining([key, ...[480, 960, 1600].map((width) => key.replace(".webp", `-w${width}.webp`))]));
    expect(localFiles()).toEqual([]);

    const stored = await s3.readObject(key);
    const meta = await sharp(stored).metadata();
    // Turned upright by its Orientation tag.
    expect(meta).toMatchObject({ format: "webp", width: 2000, height: 3000 });
    expect(meta.exif).toBeUndefined();
    const { db } = await import("@/lib/db");
    expect(await db.mediaFile.findFirstOrThrow({ where: { storageKey: key } })).toMatchObject({ sizeBytes: stored.byteLength });

    const response = await get(media.url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("sandbox");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("content-length")).toBe(String(stored.byteLength));
    expect(Buffer.from(await response.arrayBuffer())).toEqual(stored);

    const rendition = await get(`/api/media/${key.replace(".webp", "-w480.webp")}`);
    expect((await sharp(Buffer.from(await rendition.arrayBuffer())).metadata()).width).toBe(480);

    const etag = response.headers.get("etag")!;
    const again = await get(media.url, { "if-none-match": etag });
    expect(again.status).toBe(304);
  });

  it("streams a video from a received temporary file, with byte ranges for seeking", async () => {
    const source = temporaryFile(mp4Bytes(4096));
    const clip = await upload(source, "clip.mp4", "video");
    expect(fs.existsSync(source.path)).toBe(false);
    expect(await s3.readObject(keyOf(clip.url))).toEqual(mp4Bytes(4096));

    const part = await get(clip.url, { range: "bytes=100-199" });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe("bytes 100-199/4096");
    expect(Buffer.from(await part.arrayBuffer())).toEqual(mp4Bytes(4096).subarray(100, 200));
    expect((await get(clip.url, { range: "bytes=5000-" })).status).toBe(416);
    const head = await (await import("@/app/api/media/[...key]/route")).HEAD(new Request(`http://localhost${clip.url}`, { method: "HEAD" }), {
      params: Promise.resolve({ key: keyOf(clip.url).split("/") }),
    });
    expect(head.headers.get("content-length")).toBe("4096");
  });

  it("serves a published document's PDF from the bucket as an attachment, and a draft's not at all", async () => {
    const { db } = await import("@/lib/db");
    const { createDocument } = await import("@/tests/factories");
    const pdf = await upload(temporaryFile(pdfBytes()), "Kế hoạch 91-KH-ĐUK.pdf", "document");
    const published = await createDocument({ status: "PUBLISHED" });
    await db.documentFile.updateMany({ where: { documentId: published.id }, data: { mediaFileId: pdf.id } });

    const response = await get(pdf.url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; /);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(pdfBytes());

    const secret = await upload(temporaryFile(pdfBytes("bí mật")), "du-thao.pdf", "document");
    const draft = await createDocument({ status: "DRAFT" });
    await db.documentFile.updateMany({ where: { documentId: draft.id }, data: { mediaFileId: secret.id } });
    const refused = await get(secret.url);
    expect(refused.status).toBe(404);
    expect(await refused.text()).toBe("Không tìm thấy tệp.");
    expect((await get("/api/media/2026/11/khong-co.webp")).status).toBe(404);
  });

  it("crops the share picture from the cover in the bucket", async () => {
    const { db } = await import("@/lib/db");
    const { createItem } = await import("@/tests/factories");
    const cover = await upload({ bytes: await jpegWithGps(1600, 1000) }, "bia.jpg");
    const item = await createItem({ status: "PUBLISHED" });
    await db.item.update({ where: { id: item.id }, data: { coverImageId: cover.id } });

    const { GET } = await import("@/app/(public)/bai-viet/[slug]/anh-chia-se/route");
    const response = await GET(new Request(`http://localhost/bai-viet/${item.slug}/anh-chia-se`), { params: Promise.resolve({ slug: item.slug }) });
    expect(response.status).toBe(200);
    const png = sharp(Buffer.from(await response.arrayBuffer()));
    expect(await png.metadata()).toMatchObject({ format: "png", width: 1200, height: 630 });
    // The cover is one flat rgb(180, 40, 40); the generated card (the fallback) is mostly white.
    const [red, green, blue] = (await png.stats()).channels.map((channel) => channel.mean);
    const distance = Math.max(Math.abs(red! - 180), Math.abs(green! - 40), Math.abs(blue! - 40));
    expect(distance).toBeLessThan(8);
  });

  it("leaves nothing in the bucket when the upload cannot be recorded", async () => {
    const { storeUpload } = await import("@/lib/server/media/store-upload");
    const before = await s3.listKeys();
    // No such uploader: the row fails after the files were written.
    await expect(storeUpload({ actor: { id: 999_999, roles: ["CONTRIBUTOR"] }, source: { bytes: await jpegWithGps(1200, 800) }, originalName: "anh.jpg" })).rejects.toThrow();
    expect(await s3.listKeys()).toEqual(before);
  });

  // Last: it stops the bucket.
  it("answers a clean 503 while the bucket does not answer, and a missing file stays a 404", async () => {
    const media = await upload({ bytes: await jpegWithGps(640, 480) }, "anh.jpg");
    await s3.stop();
    const response = await get(media.url);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.text()).toBe("Kho tệp tạm thời không trả lời, vui lòng thử lại sau.");
    expect((await get("/api/media/../x.webp")).status).toBe(404);
  });
});
