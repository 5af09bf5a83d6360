import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env, resetEnv } from "@/lib/env";
import { ROLE_LABELS } from "@/lib/users/labels";

// Settings the launcher decides before the server starts:
//  - AUTH_SECRET signs and encrypts session cookies. With a real
//    DATABASE_URL it must be given (a generated one would silently change
//    with the machine); the embedded demo generates one once and keeps it in
//    DATA_DIR/auth-secret, so sessions survive restarts.
//  - REQUIRE_2FA_FOR_ADMIN (two-step sign-in for every privileged role)
//    defaults to on, except in the embedded demo, whose demo accounts must
//    be able to sign in with just the password.
export function prepareAuthSettings({ isEmbedded }: { isEmbedded: boolean }): void {
  const config = env();
  if (!config.authSecret) {
    if (!isEmbedded) {
      throw new Error(
        "AUTH_SECRET is not set. With DATABASE_URL the site needs a fixed secret for its session cookies: " +
          "set AUTH_SECRET to a random value of at least 32 characters (e.g. the output of `openssl rand -base64 32`).",
      );
    }
    process.env.AUTH_SECRET = demoSecret(config.dataDir);
  }
  if (isEmbedded && process.env.REQUIRE_2FA_FOR_ADMIN === undefined) process.env.REQUIRE_2FA_FOR_ADMIN = "false";
  // next-auth reads its base URL from NEXTAUTH_URL.
  process.env.NEXTAUTH_URL ??= `${config.siteUrl}/api/auth`;
  resetEnv();
  env();
}

function demoSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (fs.existsSync(file)) {
    const stored = fs.readFileSync(file, "utf8").trim();
    if (stored.length >= 32) return stored;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** The demo accounts, printed at start so a newcomer can sign in at once. */
export function demoAccountsBanner(siteUrl: string, accounts: Record<string, string>, password: string): string {
  const roles: Record<string, string> = {
    administrator: ROLE_LABELS.ADMINISTRATOR,
    secretary: `${ROLE_LABELS.SECRETARY} (cũng là cộng tác viên)`,
    editorialBoard: ROLE_LABELS.EDITORIAL_BOARD,
    standingCommittee: ROLE_LABELS.STANDING_COMMITTEE,
    contributor: ROLE_LABELS.CONTRIBUTOR,
  };
  const width = Math.max(...Object.values(accounts).map((email) => email.length));
  const lines = Object.entries(accounts).map(([key, email]) => `  ${email.padEnd(width)}  ${roles[key] ?? key}`);
  return [`Demo accounts (password ${password}), sign in at ${siteUrl}/dang-nhap:`, ...lines].join("\n");
}
