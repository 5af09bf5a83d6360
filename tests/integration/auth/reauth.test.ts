// The current-password check of a signed-in person is under the sign-in
// lock: five wrong current passwords (change password, turn off two-step
// sign-in) lock the account like five wrong sign-ins, with the same audit.
// And a long Vietnamese passphrase is accepted and verified whole.
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";
import { freshIp, PASSWORD, personWithPassword } from "@/tests/factories/auth";

const database = setupTestDatabase();

const PASSPHRASE = "mùa xuân trên quê hương đảng bộ khối các cơ quan tỉnh thanh hoá!";

async function signedIn() {
  const { signIn } = await import("@/lib/server/auth/sign-in");
  const user = await personWithPassword();
  const result = await signIn({ email: user.email, password: PASSWORD, ip: freshIp(), userAgent: "vitest" });
  if (!result.ok) throw new Error(result.reason);
  return { user, sessionId: result.sessionId };
}

describe(`re-authentication on ${database.kind}`, () => {
  it("five wrong current passwords in a password change lock the account, in the audit log like sign-in", async () => {
    const { changePassword } = await import("@/lib/server/users/change-password");
    const { signIn } = await import("@/lib/server/auth/sign-in");
    const { db } = await import("@/lib/db");
    const { user, sessionId } = await signedIn();
    const change = (currentPassword: string) =>
      changePassword({ actorId: user.id, currentSessionId: sessionId, currentPassword, newPassword: "Mat-khau-moi-cua-toi", signOutOtherSessions: false });
    for (let attempt = 1; attempt <= 4; attempt++) await expect(change(`sai-${attempt}`)).rejects.toThrow("Mật khẩu hiện tại không đúng.");
    await expect(change("sai-5")).rejects.toThrow("Tài khoản đang tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.");
    // Locked: even the right current password is refused, and sign-in too.
    await expect(change(PASSWORD)).rejects.toThrow(/tạm khóa/);
    expect(await signIn({ email: user.email, password: PASSWORD, ip: freshIp(), userAgent: "vitest" })).toMatchObject({ ok: false, reason: "LOCKED" });
    expect(await db.auditLog.count({ where: { action: "auth.reauth", actorId: user.id, result: "FAILURE" } })).toBe(6);
    expect(await db.auditLog.count({ where: { action: "auth.lockout", actorId: user.id } })).toBe(1);
  });

  it("turning off two-step sign-in counts wrong passwords toward the same lock", async () => {
    const { disableTotp } = await import("@/lib/server/auth/two-factor");
    const { db } = await import("@/lib/db");
    const { user } = await signedIn();
    await db.user.update({ where: { id: user.id }, data: { isTotpEnabled: true, totpSecret: "JBSWY3DPEHPK3PXP" } });
    for (let attempt = 1; attempt <= 4; attempt++) {
      await expect(disableTotp({ userId: user.id, password: `sai-${attempt}`, isRequired: false })).rejects.toThrow("Mật khẩu hiện tại không đúng.");
    }
    await expect(disableTotp({ userId: user.id, password: "sai-5", isRequired: false })).rejects.toThrow(/tạm khóa/);
    await expect(disableTotp({ userId: user.id, password: PASSWORD, isRequired: false })).rejects.toThrow(/tạm khóa/);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ isTotpEnabled: true, failedLoginCount: 5 });
  });

  it("a right current password clears earlier wrong ones", async () => {
    const { changePassword } = await import("@/lib/server/users/change-password");
    const { db } = await import("@/lib/db");
    const { user, sessionId } = await signedIn();
    const change = (currentPassword: string, newPassword = "Mat-khau-moi-cua-toi") =>
      changePassword({ actorId: user.id, currentSessionId: sessionId, currentPassword, newPassword, signOutOtherSessions: false });
    for (let attempt = 1; attempt <= 3; attempt++) await expect(change("sai")).rejects.toThrow();
    await expect(change(PASSWORD, "ngan")).rejects.toThrow("Mật khẩu phải có ít nhất 12 ký tự.");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).failedLoginCount).toBe(0);
  });

  it("a 64-character Vietnamese passphrase is accepted and verified whole", async () => {
    const { changePassword } = await import("@/lib/server/users/change-password");
    const { signIn } = await import("@/lib/server/auth/sign-in");
    const { user, sessionId } = await signedIn();
    await changePassword({ actorId: user.id, currentSessionId: sessionId, currentPassword: PASSWORD, newPassword: PASSPHRASE, signOutOtherSessions: false });
    const attempt = (password: string) => signIn({ email: user.email, password, ip: freshIp(), userAgent: "vitest" });
    expect((await attempt(PASSPHRASE.slice(0, -1))).ok).toBe(false);
    expect((await attempt(PASSPHRASE.slice(0, 40))).ok).toBe(false);
    expect((await attempt(PASSPHRASE.replace("hoá", "hoa"))).ok).toBe(false);
    expect((await attempt(PASSPHRASE)).ok).toBe(true);
    // The same words with decomposed accents (another keyboard) are the same password.
    expect((await attempt(PASSPHRASE.normalize("NFD"))).ok).toBe(true);
  });

  it("refuses Hanoi12345 and a common Vietnamese password as a new password", async () => {
    const { changePassword } = await import("@/lib/server/users/change-password");
    const { user, sessionId } = await signedIn();
    const change = (newPassword: string) =>
      changePassword({ actorId: user.id, currentSessionId: sessionId, currentPassword: PASSWORD, newPassword, signOutOtherSessions: false });
    await expect(change("Hanoi12345")).rejects.toThrow("Mật khẩu phải có ít nhất 12 ký tự.");
    await expect(change("Anh Yêu Em 123456")).rejects.toThrow(/quá phổ biến/);
  });
});
