// Two-step sign-in: enrolment gives ten recovery codes (stored hashed), each
// works once in place of a TOTP code, new ones replace the old with the
// password and a code; a password reset (by e-mail or by an administrator)
// never turns the second step off.
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";
import { freshIp, PASSWORD, personWithPassword } from "@/tests/factories/auth";

const database = setupTestDatabase();

const signIn = async (input: { email: string; password: string; totpCode?: string; now?: Date }) => {
  const { signIn: attempt } = await import("@/lib/server/auth/sign-in");
  return attempt({ ...input, ip: freshIp(), userAgent: "vitest" });
};

/** A person with two-step sign-in on through the real enrolment, and their codes. */
async function enrolled(roles: ("CONTRIBUTOR" | "SECRETARY")[] = ["CONTRIBUTOR"]) {
  const { beginTotpEnrolment, confirmTotpEnrolment, pendingTotpSecret } = await import("@/lib/server/auth/two-factor");
  const { currentTotp } = await import("@/lib/server/auth/totp");
  const user = await personWithPassword({ roles });
  await beginTotpEnrolment(user.id);
  const secret = (await pendingTotpSecret(user.id))!;
  const enrolledAt = new Date(Date.now() - 60_000);
  const { recoveryCodes } = await confirmTotpEnrolment({ userId: user.id, code: currentTotp(secret, enrolledAt), now: enrolledAt });
  return { user, secret, recoveryCodes };
}

describe(`two-step sign-in on ${database.kind}`, () => {
  it("shows ten recovery codes once and stores only their hashes", async () => {
    const { db } = await import("@/lib/db");
    const { user, recoveryCodes } = await enrolled();
    expect(recoveryCodes).toHaveLength(10);
    const stored = await db.totpRecoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    const text = JSON.stringify(stored);
    for (const code of recoveryCodes) expect(text).not.toContain(code.replace("-", ""));
    const audit = await db.auditLog.findMany({ where: { actorId: user.id } });
    expect(JSON.stringify(audit, (_key, value) => (typeof value === "bigint" ? String(value) : value))).not.toContain(recoveryCodes[0]);
  });

  it("a recovery code signs in once, in place of the TOTP code", async () => {
    const { db } = await import("@/lib/db");
    const { user, recoveryCodes } = await enrolled();
    expect((await signIn({ email: user.email, password: PASSWORD, totpCode: recoveryCodes[3].toUpperCase() })).ok).toBe(true);
    expect(await signIn({ email: user.email, password: PASSWORD, totpCode: recoveryCodes[3] })).toEqual({ ok: false, reason: "TOTP_INVALID" });
    expect(await signIn({ email: user.email, password: "sai", totpCode: recoveryCodes[4] })).toEqual({ ok: false, reason: "INVALID" });
    expect(await db.totpRecoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(9);
  });

  it("the enrolment code itself cannot be replayed to sign in", async () => {
    const { beginTotpEnrolment, confirmTotpEnrolment, pendingTotpSecret } = await import("@/lib/server/auth/two-factor");
    const { currentTotp } = await import("@/lib/server/auth/totp");
    const user = await personWithPassword();
    await beginTotpEnrolment(user.id);
    const secret = (await pendingTotpSecret(user.id))!;
    const now = new Date();
    const code = currentTotp(secret, now);
    await confirmTotpEnrolment({ userId: user.id, code, now });
    expect(await signIn({ email: user.email, password: PASSWORD, totpCode: code, now })).toEqual({ ok: false, reason: "TOTP_INVALID" });
  });

  it("new recovery codes need the password and a code, and the old ones stop working", async () => {
    const { regenerateRecoveryCodes } = await import("@/lib/server/auth/two-factor");
    const { currentTotp } = await import("@/lib/server/auth/totp");
    const { user, secret, recoveryCodes } = await enrolled();
    const now = new Date();
    await expect(regenerateRecoveryCodes({ userId: user.id, password: "sai", code: currentTotp(secret, now), now })).rejects.toThrow(
      "Mật khẩu hiện tại không đúng.",
    );
    await expect(regenerateRecoveryCodes({ userId: user.id, password: PASSWORD, code: "000000", now })).rejects.toThrow(/Mã xác thực không đúng/);
    const { recoveryCodes: fresh } = await regenerateRecoveryCodes({ userId: user.id, password: PASSWORD, code: currentTotp(secret, now), now });
    expect(fresh).toHaveLength(10);
    expect(fresh).not.toContain(recoveryCodes[0]);
    expect(await signIn({ email: user.email, password: PASSWORD, totpCode: recoveryCodes[0] })).toEqual({ ok: false, reason: "TOTP_INVALID" });
    expect((await signIn({ email: user.email, password: PASSWORD, totpCode: fresh[0] })).ok).toBe(true);
  });

  it("a password reset by e-mail or by an administrator keeps the second step", async () => {
    const { requestPasswordReset } = await import("@/lib/server/users/request-password-reset");
    const { completePasswordReset } = await import("@/lib/server/users/complete-password-reset");
    const { resetPassword } = await import("@/lib/server/users/reset-password");
    const { user } = await enrolled();
    const sent: { text: string }[] = [];
    await requestPasswordReset({ email: user.email, ip: freshIp(), send: async (mail) => void sent.push(mail) });
    const token = /token=([\w-]+)/.exec(sent[0].text)![1];
    await completePasswordReset({ token, newPassword: "Mat-khau-dat-lai-qua-thu", ip: null });
    expect(await signIn({ email: user.email, password: "Mat-khau-dat-lai-qua-thu" })).toEqual({ ok: false, reason: "TOTP_REQUIRED" });

    const admin = await personWithPassword({ roles: ["ADMINISTRATOR"] });
    const { temporaryPassword } = await resetPassword({ actor: { id: admin.id, roles: ["ADMINISTRATOR"] }, userId: user.id });
    expect(await signIn({ email: user.email, password: temporaryPassword })).toEqual({ ok: false, reason: "TOTP_REQUIRED" });
  });

  it("a privileged role cannot turn it off while it is required; a contributor can, with the password", async () => {
    const { disableTotp } = await import("@/lib/server/auth/two-factor");
    const { isTwoFactorRequired } = await import("@/lib/auth/account-setup");
    const { db } = await import("@/lib/db");
    const secretary = await enrolled(["SECRETARY"]);
    const isRequired = isTwoFactorRequired(["SECRETARY"], true);
    await expect(disableTotp({ userId: secretary.user.id, password: PASSWORD, isRequired })).rejects.toThrow(/bắt buộc/);
    const contributor = await enrolled(["CONTRIBUTOR"]);
    await disableTotp({ userId: contributor.user.id, password: PASSWORD, isRequired: isTwoFactorRequired(["CONTRIBUTOR"], true) });
    expect(await db.totpRecoveryCode.count({ where: { userId: contributor.user.id } })).toBe(0);
    expect((await signIn({ email: contributor.user.email, password: PASSWORD })).ok).toBe(true);
  });
});
