import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { hitRateLimit } from "@/lib/server/auth/rate-limit";
import { RESET_REQUEST_PER_IP } from "@/lib/auth/rate-limit-rules";
import { db } from "@/lib/db";
import { passwordResetMail } from "@/lib/server/mail/password-reset-mail";
import { isMailEnabled, sendMail, type Mail } from "@/lib/server/mail/send-mail";

export const RESET_TOKEN_MINUTES = 60;

export const hashResetToken = (token: string): string => createHash("sha256").update(token).digest("hex");

/**
 * "Forgot password": e-mails a one-time link to an active account. The
 * answer is the same whether or not the address belongs to someone, and the
 * token itself is never stored (only its SHA-256). `send` is injectable for tests.
 */
export async function requestPasswordReset(input: {
  email: string;
  ip: string | null;
  now?: Date;
  send?: (mail: Mail) => Promise<void>;
}): Promise<{ isRateLimited: boolean }> {
  const now = input.now ?? new Date();
  const send = input.send ?? sendMail;
  if (!input.send && !isMailEnabled()) throw new Error("Password reset by e-mail needs SMTP_URL.");
  const limit = await hitRateLimit(`password-reset:ip:${input.ip ?? "unknown"}`, RESET_REQUEST_PER_IP, now);
  if (limit.isLimited) return { isRateLimited: true };

  const email = input.email.trim().toLowerCase();
  const user = await db.user.findFirst({
    where: { email: { equals: email, mode: "insensitive" }, isActive: true },
    select: { id: true, name: true, email: true },
  });
  if (!user) {
    await recordAudit({ action: "auth.password-reset-request", result: "FAILURE", ip: input.ip, details: { reason: "unknown-email" } });
    return { isRateLimited: false };
  }
  const token = randomBytes(32).toString("base64url");
  await db.passwordResetToken.create({
    data: { userId: user.id, tokenHash: hashResetToken(token), expiresAt: new Date(now.getTime() + RESET_TOKEN_MINUTES * 60_000), createdAt: now },
  });
  await recordAudit({ action: "auth.password-reset-request", result: "SUCCESS", actorId: user.id, ip: input.ip, objectType: "user", objectId: user.id });
  try {
    await send(passwordResetMail({ to: user.email, name: user.name, token, validMinutes: RESET_TOKEN_MINUTES }));
  } catch (error) {
    // The person sees the same answer; the operator sees why no mail left.
    console.error("Password reset e-mail failed:", error instanceof Error ? error.message : error);
  }
  return { isRateLimited: false };
}
