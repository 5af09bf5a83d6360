import path from "node:path";
import { z } from "zod";

// Every setting the application reads and how it is validated: a bad value
// stops the process at start with a message naming the variable. Pure (it
// reads only what it is given), so the process that hosts Next in plain Node
// (lib/runtime/next-server.ts and the Redis cache handler Next loads there)
// can parse its settings without importing the server-only `env()` of
// lib/env.ts, which everything else reads.

const port = z.coerce.number().int().min(0).max(65535);

const S3_REQUIRED = ["S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;

// The bucket and its keys have no sensible default: without them the first
// upload would fail, so the process refuses to start instead.
function requireS3Settings(v: { MEDIA_STORAGE: string } & Partial<Record<(typeof S3_REQUIRED)[number], string>>, ctx: z.RefinementCtx): void {
  if (v.MEDIA_STORAGE !== "s3") return;
  for (const name of S3_REQUIRED) {
    if (!v[name]) ctx.addIssue({ code: "custom", path: [name], message: "required when MEDIA_STORAGE=s3" });
  }
}

export type MediaStorageSettings =
  | { kind: "local" }
  | {
      kind: "s3";
      bucket: string;
      region: string;
      endpoint: string | undefined;
      accessKeyId: string;
      secretAccessKey: string;
      forcePathStyle: boolean;
      prefix: string;
    };

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  PORT: port.default(3000),
  SITE_URL: z.url().optional(),
  SITE_NAME: z.string().min(1).default("Trang thông tin điện tử Đảng bộ Khối các cơ quan tỉnh"),
  DATA_DIR: z.string().min(1).default("data"),
  PGLITE_DIR: z.string().min(1).optional(),
  UPLOAD_DIR: z.string().min(1).optional(),
  // Where uploaded media lives: "local" (UPLOAD_DIR) or "s3", an S3-compatible
  // bucket every instance behind a load balancer shares (lib/server/media/stores).
  MEDIA_STORAGE: z.enum(["local", "s3"]).default("local"),
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  // An S3-compatible server's address (MinIO, Ceph, a provider's); unset for AWS itself.
  S3_ENDPOINT: z.url().optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  // Bucket in the path (host/bucket/key), which most S3-compatible servers expect. Default: on with S3_ENDPOINT.
  S3_FORCE_PATH_STYLE: z
    .enum(["true", "false", "1", "0", "on", "off"])
    .optional()
    .transform((v) => (v === undefined ? undefined : ["true", "1", "on"].includes(v))),
  // A folder inside the bucket ("site-a/"), for a bucket that several sites share.
  S3_PREFIX: z
    .string()
    .regex(/^(?:[A-Za-z0-9][A-Za-z0-9._-]*\/)*$/, 'must be empty or folder names, each ending in "/"')
    .default(""),
  EMBEDDED_DB_PORT: port.default(0),
  // Signs and encrypts session cookies. Required with DATABASE_URL; the
  // embedded demo generates one and keeps it under DATA_DIR.
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  // Minutes without a request after which a session ends (TCVN 11930:2017
  // level 2: end sessions after a period of inactivity). An open editor's
  // autosave and presence requests count as activity.
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  // Every privileged role (administrator, secretary, board, standing
  // committee) must turn on two-step sign-in; the name is kept from when it
  // applied to administrators only.
  REQUIRE_2FA_FOR_ADMIN: z
    .enum(["true", "false", "1", "0", "on", "off"])
    .optional()
    .transform((v) => (v === undefined ? undefined : ["true", "1", "on"].includes(v))),
  // Comma-separated addresses of reverse proxies whose X-Forwarded-For is believed.
  TRUSTED_PROXIES: z.string().default(""),
  // smtp://user:pass@host:587 — enables e-mail (password reset, notifications).
  SMTP_URL: z.url().optional(),
  MAIL_FROM: z.string().default("Trang TTĐT <no-reply@localhost>"),
  // How often the launcher publishes scheduled items whose time has come.
  SCHEDULER_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  // The committee as its printed reports name it (Hướng dẫn 36-HD/VPTW): the
  // superior Party body and the committee on the top left, the place before
  // the date, the symbol after the number ("Số 12-BC/ĐUK").
  ORG_SUPERIOR: z.string().min(1).default("Đảng bộ tỉnh Thanh Hoá"),
  ORG_NAME: z.string().min(1).default("Đảng ủy Khối các cơ quan tỉnh"),
  ORG_PLACE: z.string().min(1).default("Thanh Hoá"),
  ORG_SYMBOL: z.string().min(1).max(20).default("ĐUK"),
  // Set by the launcher for the server it starts (never by hand): lets the
  // scheduler ask that server to expire its public caches (api/internal).
  CACHE_EXPIRY_SECRET: z.string().min(32).optional(),
  // Memory for anonymous readers' pages (lib/runtime/page-cache); 0 turns the cache off.
  PAGE_CACHE_MB: z.coerce.number().int().min(0).max(64 * 1024).default(256),
  // redis://host:6379 — shares the data cache and page-cache purges between
  // instances behind a load balancer. Unset: one process, nothing shared.
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // Set by the server for its own proxy (never by hand): see lib/runtime/next-server.ts.
  PAGE_CACHE_FILL_SECRET: z.string().min(32).optional(),
});

export type Env = {
  nodeEnv: "development" | "production" | "test";
  databaseUrl: string | undefined;
  databasePoolMax: number;
  port: number;
  siteUrl: string;
  siteName: string;
  dataDir: string;
  pgliteDir: string;
  uploadDir: string;
  mediaStorage: MediaStorageSettings;
  embeddedDbPort: number;
  authSecret: string | undefined;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** Two-step sign-in required for privileged roles. Unset: on with a real DATABASE_URL, off in the embedded demo (the launcher decides). */
  requireTwoFactorForAdmin: boolean;
  trustedProxies: string[];
  smtpUrl: string | undefined;
  mailFrom: string;
  schedulerIntervalSeconds: number;
  cacheExpirySecret: string | undefined;
  pageCacheMegabytes: number;
  pageCacheFillSecret: string | undefined;
  redisUrl: string | undefined;
  organisation: { superior: string; name: string; place: string; symbol: string };
};

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.superRefine(requireS3Settings).safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${problems.join("\n")}`);
  }
  const v = result.data;
  const dataDir = path.resolve(/*turbopackIgnore: true*/ v.DATA_DIR);
  return {
    nodeEnv: v.NODE_ENV,
    databaseUrl: v.DATABASE_URL,
    databasePoolMax: v.DATABASE_POOL_MAX,
    port: v.PORT,
    siteUrl: (v.SITE_URL ?? `http://localhost:${v.PORT}`).replace(/\/+$/, ""),
    siteName: v.SITE_NAME,
    dataDir,
    pgliteDir: path.resolve(/*turbopackIgnore: true*/ v.PGLITE_DIR ?? path.join(dataDir, "pglite")),
    uploadDir: path.resolve(/*turbopackIgnore: true*/ v.UPLOAD_DIR ?? path.join(dataDir, "uploads")),
    mediaStorage:
      v.MEDIA_STORAGE === "s3"
        ? {
            kind: "s3",
            bucket: v.S3_BUCKET!,
            region: v.S3_REGION,
            endpoint: v.S3_ENDPOINT,
            accessKeyId: v.S3_ACCESS_KEY_ID!,
            secretAccessKey: v.S3_SECRET_ACCESS_KEY!,
            forcePathStyle: v.S3_FORCE_PATH_STYLE ?? v.S3_ENDPOINT !== undefined,
            prefix: v.S3_PREFIX,
          }
        : { kind: "local" },
    embeddedDbPort: v.EMBEDDED_DB_PORT,
    authSecret: v.AUTH_SECRET,
    sessionIdleMinutes: v.SESSION_IDLE_MINUTES,
    sessionMaxHours: v.SESSION_MAX_HOURS,
    requireTwoFactorForAdmin: v.REQUIRE_2FA_FOR_ADMIN ?? true,
    trustedProxies: v.TRUSTED_PROXIES.split(",").map((a) => a.trim()).filter(Boolean),
    smtpUrl: v.SMTP_URL,
    mailFrom: v.MAIL_FROM,
    schedulerIntervalSeconds: v.SCHEDULER_INTERVAL_SECONDS,
    cacheExpirySecret: v.CACHE_EXPIRY_SECRET,
    pageCacheMegabytes: v.PAGE_CACHE_MB,
    pageCacheFillSecret: v.PAGE_CACHE_FILL_SECRET,
    redisUrl: v.REDIS_URL,
    organisation: { superior: v.ORG_SUPERIOR, name: v.ORG_NAME, place: v.ORG_PLACE, symbol: v.ORG_SYMBOL },
  };
}
