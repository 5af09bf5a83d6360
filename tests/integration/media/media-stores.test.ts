// The one contract every media store keeps, run against the local folder
// and an S3-compatible bucket (s3rver) alike: what is put comes back whole,
// a missing file is "none", a bad key is refused before any I/O, and a key
// that holds a file is never written over.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalStore } from "@/lib/server/media/stores/local-store";
import { createS3Store } from "@/lib/server/media/stores/s3-store";
import { StoredFileExists, type MediaStore } from "@/lib/server/media/stores/types";
import { startS3TestServer, type S3TestServer } from "./s3-test-server";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "trang-stores-"));
const localRoot = path.join(scratch, "uploads");
let s3: S3TestServer;

beforeAll(async () => {
  s3 = await startS3TestServer();
});
afterAll(async () => {
  await s3?.stop();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const stores: [string, () => MediaStore][] = [
  ["the local folder", () => createLocalStore(localRoot)],
  ["an S3 bucket", () => createS3Store(s3.settings)],
];

let counter = 0;
const uniqueKey = (extension = "webp") => `2026/11/contract-${++counter}.${extension}`;

function temporaryFile(bytes: Buffer): string {
  const file = path.join(scratch, `incoming-${++counter}`);
  fs.writeFileSync(file, bytes);
  return file;
}

async function readAll(store: MediaStore, key: string, range?: { start: number; end: number }) {
  const file = await store.get(key, range);
  return file && { ...file, bytes: Buffer.from(await new Response(file.body).arrayBuffer()) };
}

describe.each(stores)("media stored in %s", (_name, makeStore) => {
  it("gives back what was put, with its size and a validator", async () => {
    const store = makeStore();
    const key = uniqueKey();
    const bytes = Buffer.from("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ảnh hội nghị");
    await store.putNew(key, { bytes });

    const info = await store.head(key);
    expect(info).toMatchObject({ size: bytes.byteLength });
    expect(info!.etag).toMatch(/^".+"$/);
    const read = await readAll(store, key);
    expect(read!.bytes).toEqual(bytes);
    expect(read!.size).toBe(bytes.byteLength);
    expect(read!.etag).toBe(info!.etag);
  });

  it("reads a byte range, for a video player seeking", async () => {
    const store = makeStore();
    const key = uniqueKey("mp4");
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 251));
    await store.putNew(key, { bytes });
    const part = await readAll(store, key, { start: 100, end: 199 });
    expect(part!.bytes).toEqual(bytes.subarray(100, 200));
    expect(part!.size).toBe(4096);
  });

  it("moves a received temporary file in: the file is stored, the temporary one is gone", async () => {
    const store = makeStore();
    const key = uniqueKey("pdf");
    const bytes = Buffer.from("%PDF-1.4 Kế hoạch 91-KH/ĐUK %%EOF");
    const temporary = temporaryFile(bytes);
    await store.putNew(key, { path: temporary });
    expect(fs.existsSync(temporary)).toBe(false);
    expect((await readAll(store, key))!.bytes).toEqual(bytes);
  });

  it("answers none for a missing file, and removing it is no error", async () => {
    const store = makeStore();
    const key = uniqueKey();
    expect(await store.head(key)).toBeNull();
    expect(await store.get(key)).toBeNull();
    await expect(store.remove(key)).resolves.toBeUndefined();
  });

  it("never writes over a file that is already there", async () => {
    const store = makeStore();
    const key = uniqueKey();
    await store.putNew(key, { bytes: Buffer.from("first") });
    await expect(store.putNew(key, { bytes: Buffer.from("second") })).rejects.toBeInstanceOf(StoredFileExists);
    const temporary = temporaryFile(Buffer.from("third"));
    await expect(store.putNew(key, { path: temporary })).rejects.toBeInstanceOf(StoredFileExists);
    expect((await readAll(store, key))!.bytes.toString()).toBe("first");
  });

  it("replaces a generated file only when asked to, and removes a file", async () => {
    const store = makeStore();
    const key = uniqueKey();
    await store.putReplacing(key, Buffer.from("seed v1"));
    await store.putReplacing(key, Buffer.from("seed v2"));
    expect((await readAll(store, key))!.bytes.toString()).toBe("seed v2");
    await store.remove(key);
    expect(await store.head(key)).toBeNull();
  });

  it.each(["../outside.webp", "/etc/passwd", "2026/../../outside.webp", "2026/11/Anh.webp", ""])("refuses the key %j", async (key) => {
    const store = makeStore();
    await expect(store.putNew(key, { bytes: Buffer.from("x") })).rejects.toThrow(/Invalid storage key/);
    await expect(store.get(key)).rejects.toThrow(/Invalid storage key/);
    await expect(store.head(key)).rejects.toThrow(/Invalid storage key/);
    await expect(store.remove(key)).rejects.toThrow(/Invalid storage key/);
    expect(fs.existsSync(path.join(scratch, "outside.webp"))).toBe(false);
  });
});

describe("an S3 bucket shared by several sites", () => {
  it("keeps each site's files under its own prefix", async () => {
    const siteA = createS3Store({ ...s3.settings, prefix: "site-a/" });
    const siteB = createS3Store({ ...s3.settings, prefix: "site-b/" });
    await siteA.putNew("2026/12/logo.webp", { bytes: Buffer.from("A") });
    expect(await siteB.head("2026/12/logo.webp")).toBeNull();
    await siteB.putNew("2026/12/logo.webp", { bytes: Buffer.from("B") });
    expect(await s3.listKeys()).toEqual(expect.arrayContaining(["site-a/2026/12/logo.webp", "site-b/2026/12/logo.webp"]));
    expect((await s3.readObject("site-a/2026/12/logo.webp")).toString()).toBe("A");
  });
});
