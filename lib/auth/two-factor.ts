import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { verifyPassword } from "./password";
import { generateTotpSecret, verifyTotp } from "./totp";

// Two-step sign-in for one's own account. Enrolment is two steps: a secret is
// stored (not yet enabled) and shown as a QR code; it is enabled only once a
// code from the app proves the person has it. The secret is never logged.

/** Starts (or restarts) enrolment with a new secret. */
export async function beginTotpEnrolment(userId: number): Promise<void> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { isTotpEnabled: true } });
  if (user.isTotpEnabled) throw new AppError("CONFLICT", "Xác thực hai bước đã được bật.");
  await db.user.update({ where: { id: userId }, data: { totpSecret: generateTotpSecret() } });
}

/** The pending secret of an enrolment in progress, or null. */
export async function pendingTotpSecret(userId: number): Promise<string | null> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { isTotpEnabled: true, totpSecret: true } });
  return !user.isTotpEnabled && user.totpSecret ? user.totpSecret : null;
}

export async function confirmTotpEnrolment(input: { userId: number; code: string; ip?: string | null; now?: Date }): Promise<void> {
  const secret = await pendingTotpSecret(input.userId);
  if (!secret) throw new AppError("CONFLICT", "Chưa bắt đầu bật xác thực hai bước, hoặc nó đã được bật.");
  if (!verifyTotp(secret, input.code, input.now)) throw new AppError("VALIDATION", "Mã xác thực không đúng.", { field: "code" });
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: input.userId }, data: { isTotpEnabled: true } });
    await recordAudit({ action: "account.totp-enable", result: "SUCCESS", actorId: input.userId, ip: input.ip, objectType: "user", objectId: input.userId }, tx);
  });
}

/** Turns two-step sign-in off (needs the password; refused for administrators when it is required). */
export async function disableTotp(input: { userId: number; password: string; isRequired: boolean; ip?: string | null }): Promise<void> {
  if (input.isRequired) throw new AppError("FORBIDDEN", "Tài khoản quản trị bắt buộc dùng xác thực hai bước.");
  const user = await db.user.findUniqueOrThrow({ where: { id: input.userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    throw new AppError("VALIDATION", "Mật khẩu hiện tại không đúng.", { field: "password" });
  }
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: input.userId }, data: { isTotpEnabled: false, totpSecret: null } });
    await recordAudit({ action: "account.totp-disable", result: "SUCCESS", actorId: input.userId, ip: input.ip, objectType: "user", objectId: input.userId }, tx);
  });
}
