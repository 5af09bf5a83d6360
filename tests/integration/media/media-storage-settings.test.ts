// MEDIA_STORAGE and the S3 settings: the local folder unless told otherwise,
// and a bucket without its name or keys stops the process at start, naming
// what is missing.
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

const bucket = { MEDIA_STORAGE: "s3", S3_BUCKET: "trang-media", S3_ACCESS_KEY_ID: "AKIAEXAMPLE", S3_SECRET_ACCESS_KEY: "secret-example" };

describe("media storage settings", () => {
  it("keeps media in the local folder by default", () => {
    expect(parseEnv({}).mediaStorage).toEqual({ kind: "local" });
  });

  it("refuses to start with MEDIA_STORAGE=s3 and no bucket or keys, naming each variable", () => {
    expect(() => parseEnv({ MEDIA_STORAGE: "s3" })).toThrow(/S3_BUCKET: required when MEDIA_STORAGE=s3/);
    expect(() => parseEnv({ MEDIA_STORAGE: "s3" })).toThrow(/S3_ACCESS_KEY_ID: required[\s\S]*S3_SECRET_ACCESS_KEY: required/);
    expect(() => parseEnv({ ...bucket, S3_SECRET_ACCESS_KEY: "" })).toThrow(/S3_SECRET_ACCESS_KEY/);
    expect(() => parseEnv({ MEDIA_STORAGE: "minio" })).toThrow(/MEDIA_STORAGE/);
    expect(() => parseEnv({ ...bucket, S3_ENDPOINT: "not a url" })).toThrow(/S3_ENDPOINT/);
    expect(() => parseEnv({ ...bucket, S3_PREFIX: "../other-site/" })).toThrow(/S3_PREFIX/);
  });

  it("talks to AWS by default and to an S3-compatible server in path style", () => {
    expect(parseEnv(bucket).mediaStorage).toEqual({
      kind: "s3",
      bucket: "trang-media",
      region: "us-east-1",
      endpoint: undefined,
      accessKeyId: "AKIAEXAMPLE",
      secretAccessKey: "secret-example",
      forcePathStyle: false,
      prefix: "",
    });
    const compatible = parseEnv({ ...bucket, S3_ENDPOINT: "http://10.0.0.5:9000", S3_REGION: "hn-1", S3_PREFIX: "huyen-a/" }).mediaStorage;
    expect(compatible).toMatchObject({ endpoint: "http://10.0.0.5:9000", region: "hn-1", forcePathStyle: true, prefix: "huyen-a/" });
    expect(parseEnv({ ...bucket, S3_ENDPOINT: "https://s3.example.vn", S3_FORCE_PATH_STYLE: "false" }).mediaStorage).toMatchObject({ forcePathStyle: false });
  });
});
