import path from "node:path";
import { z } from "zod";

// Every setting the application reads, validated once. A bad value stops the
// process at start with a message naming the variable.

const port = z.coerce.number().int().min(0).max(65535);

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
  EMBEDDED_DB_PORT: port.default(0),
  // Signs and encrypts session cookies. Required with DATABASE_URL; the
  // embedded demo generates one and keeps it under DATA_DIR.
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(120),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
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
  embeddedDbPort: number;
  authSecret: string | undefined;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** Unset: required with a real DATABASE_URL, not in the embedded demo (the launcher decides). */
  requireTwoFactorForAdmin: boolean;
  trustedProxies: string[];
  smtpUrl: string | undefined;
  mailFrom: string;
  schedulerIntervalSeconds: number;
  cacheExpirySecret: string | undefined;
  organisation: { superior: string; name: string; place: string; symbol: string };
};

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
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
    organisation: { superior: v.ORG_SUPERIOR, name: v.ORG_NAME, place: v.ORG_PLACE, symbol: v.ORG_SYMBOL },
  };
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Forget the parsed settings (the launcher sets DATABASE_URL after reading them). */
export function resetEnv(): void {
  cached = undefined;
}
