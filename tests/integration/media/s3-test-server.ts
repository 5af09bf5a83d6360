// An S3-compatible server for tests: s3rver on a free port, its objects in
// a throw-away folder, one empty bucket made before it answers.
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { GetObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import type { S3StoreSettings } from "@/lib/server/media/stores/s3-store";

type S3rverOptions = { port: number; address: string; directory: string; silent: boolean; configureBuckets: { name: string }[] };
type S3rver = { run(): Promise<{ port: number }>; close(): Promise<void> };

// s3rver ships no type declarations: load it through require with the little it needs.
const S3rverServer = createRequire(import.meta.url)("s3rver") as new (options: S3rverOptions) => S3rver;

export type S3TestServer = {
  settings: S3StoreSettings;
  /** The variables that point the app at this server. */
  env: Record<string, string>;
  /** Object names in the bucket, read without our store. */
  listKeys(): Promise<string[]>;
  /** An object's bytes, read without our store. */
  readObject(name: string): Promise<Buffer>;
  stop(): Promise<void>;
};

export async function startS3TestServer(bucket = "trang-media"): Promise<S3TestServer> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "trang-s3rver-"));
  const server = new S3rverServer({ port: 0, address: "127.0.0.1", directory, silent: true, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  // s3rver's built-in account.
  const settings: S3StoreSettings = {
    bucket,
    region: "us-east-1",
    endpoint: `http://127.0.0.1:${port}`,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    forcePathStyle: true,
    prefix: "",
  };
  const client = new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
  });
  let isStopped = false;
  return {
    settings,
    env: {
      MEDIA_STORAGE: "s3",
      S3_BUCKET: bucket,
      S3_ENDPOINT: settings.endpoint!,
      S3_ACCESS_KEY_ID: settings.accessKeyId,
      S3_SECRET_ACCESS_KEY: settings.secretAccessKey,
    },
    async listKeys() {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
      return (listed.Contents ?? []).map((object) => object.Key!).sort();
    },
    async readObject(name) {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: name }));
      return Buffer.from(await object.Body!.transformToByteArray());
    },
    async stop() {
      if (isStopped) return;
      isStopped = true;
      client.destroy();
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
