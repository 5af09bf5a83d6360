// /api/media serves stored files from UPLOAD_DIR: images inline, documents as
// attachments under their real name, and never a draft document's file or a
// path outside the directory.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

const database = setupTestDatabase();
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "trang-media-"));

beforeAll(() => {
  process.env.UPLOAD_DIR = uploadDir;
});
afterAll(() => fs.rmSync(uploadDir, { recursive: true, force: true }));

function putFile(key: string, content: string | Buffer) {
  fs.mkdirSync(path.dirname(path.join(uploadDir, key)), { recursive: true });
  fs.writeFileSync(path.join(uploadDir, key), content);
}

async function get(key: string) {
  const { GET } = await import("@/app/api/media/[...key]/route");
  return GET(new Request(`http://localhost/api/media/${key}`), { params: Promise.resolve({ key: key.split("/") }) });
}

async function attachmentKey(documentId: number): Promise<string> {
  const { db } = await import("@/lib/db");
  const link = await db.documentFile.findFirstOrThrow({ where: { documentId }, include: { mediaFile: true } });
  return link.mediaFile.storageKey;
}

describe(`media route on ${database.kind}`, () => {
  it("serves a published document's PDF as an attachment with its real name", async () => {
    const { createDocument } = await import("@/tests/factories");
    const document = await createDocument({ status: "PUBLISHED" });
    const key = await attachmentKey(document.id);
    putFile(key, "%PDF-1.4 test");

    const response = await get(key);
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

    const response = await get(key);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("secret");
  });

  it("serves images inline and cacheable, and nothing outside the upload directory", async () => {
    putFile("demo/anh.webp", Buffer.from("RIFF....WEBP"));
    const image = await get("demo/anh.webp");
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/webp");
    expect(image.headers.get("content-disposition")).toBeNull();
    expect(image.headers.get("cache-control")).toContain("immutable");

    fs.writeFileSync(path.join(path.dirname(uploadDir), "outside.webp"), "x");
    expect((await get("../outside.webp")).status).toBe(404);
    expect((await get("demo/khong-co.webp")).status).toBe(404);
  });
});
