import "server-only";
import fs from "node:fs";
import fsp from "node:fs/promises";
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import type { MediaStorageSettings } from "@/lib/env";
import type { FileSource } from "@/lib/server/media/file-source";
import { assertValidStorageKey } from "@/lib/server/media/storage-keys";
import { StoredFileExists, type ByteRange, type MediaStore } from "@/lib/server/media/stores/types";

// Media in an S3-compatible bucket, shared by every instance behind a load
// balancer. The bucket stays private: documents may be downloaded only while
// something public uses them, which /api/media checks before it reads here.

export type S3StoreSettings = Omit<Extract<MediaStorageSettings, { kind: "s3" }>, "kind">;

const statusOf = (error: unknown) => (error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined);

export function createS3Store(settings: S3StoreSettings): MediaStore {
  const client = new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // Checksums only where S3 demands them: many S3-compatible servers
    // refuse the SDK's default checksum headers and chunked trailers.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    // A bucket that does not answer fails the request (a 503 from /api/media)
    // instead of holding it open; idle, not total, so a long video still uploads.
    requestHandler: { connectionTimeout: 5_000, socketTimeout: 30_000 },
  });
  const Bucket = settings.bucket;
  const objectKey = (key: string) => {
    assertValidStorageKey(key);
    return settings.prefix + key;
  };

  async function head(key: string) {
    try {
      const found = await client.send(new HeadObjectCommand({ Bucket, Key: objectKey(key) }));
      return { size: found.ContentLength ?? 0, etag: found.ETag ?? `"${found.ContentLength ?? 0}"`, lastModified: found.LastModified ?? null };
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw error;
    }
  }

  return {
    kind: "s3",

    async putNew(key, source: FileSource) {
      // "If-None-Match: *" makes the refusal atomic on S3 and the servers
      // that honour it; the look first keeps it on those that ignore it.
      if (await head(key)) throw new StoredFileExists(key);
      const Body = "path" in source ? fs.createReadStream(source.path) : source.bytes;
      const ContentLength = "path" in source ? (await fsp.stat(source.path)).size : source.bytes.byteLength;
      try {
        await client.send(new PutObjectCommand({ Bucket, Key: objectKey(key), Body, ContentLength, IfNoneMatch: "*" }));
      } catch (error) {
        if (statusOf(error) === 412) throw new StoredFileExists(key);
        throw error;
      }
      if ("path" in source) await fsp.rm(source.path, { force: true });
    },

    async putReplacing(key, bytes) {
      await client.send(new PutObjectCommand({ Bucket, Key: objectKey(key), Body: bytes, ContentLength: bytes.byteLength }));
    },

    head,

    async get(key, range?: ByteRange) {
      try {
        const found = await client.send(
          new GetObjectCommand({ Bucket, Key: objectKey(key), Range: range ? `bytes=${range.start}-${range.end}` : undefined }),
        );
        const total = Number(found.ContentRange?.split("/")[1] ?? found.ContentLength ?? 0);
        return {
          size: total,
          etag: found.ETag ?? `"${total}"`,
          lastModified: found.LastModified ?? null,
          body: (found.Body?.transformToWebStream() ?? new Blob([]).stream()) as ReadableStream<Uint8Array>,
        };
      } catch (error) {
        if (statusOf(error) === 404) return null;
        throw error;
      }
    },

    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: objectKey(key) }));
    },
  };
}
