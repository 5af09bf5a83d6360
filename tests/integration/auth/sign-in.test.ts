// Sign-in against a real database: lockout after five wrong passwords (the
// right one refused while locked, accepted once the lock runs out), the
// per-IP limit on failures, the same answers for unknown, disabled and real
// accounts (locks included), the second step, and audit rows that never
// hold the password.
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";
import { freshIp, minutesAfter, PASSWORD, personWithPassword } from "@/tests/factories/auth";

const database = setupTestDatabase();

const signIn = async (input: { email: string; password: string; ip: string; now: Date; totpCode?: string }) => {
  const { signIn: attempt } = await import("@/lib/server/auth/sign-in");
  return attempt({ ...input, userAgent: "vitest" });
};

describe(`sign-in on ${database.kind}`, () => {
  it("signs in with the right password and records a session and an audit row", async () => {
    const { db } = await import("@/lib/db");
    const user = await personWithPassword();
    const now = new Date();
    const result = await signIn({ email: user.email.toUpperCase(), password: PASSWORD, ip: freshIp(), now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const session = await db.userSession.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session.userId).toBe(user.id);
    expect(session.expiresAt.getTime() - now.getTime()).toBe(12 * 3_600_000);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "auth.sign-in", actorId: user.id, result: "SUCCESS" } });
    expect(audit.ip).toMatch(/^198\.51\.100\./);
  });

  it("locks after five wrong passwords, refuses the right one while locked, accepts it after 15 minutes", async () => {
    const { db } = await import("@/lib/db");
    const user = await personWithPassword();
    const t0 = new Date();
    const ip = freshIp();
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await signIn({ email: user.email, password: `sai-${attempt}`, ip, now: t0 })).toEqual({ ok: false, reason: "INVALID" });
    }
    // The fifth failure locks the account and already answers so.
    expect(await signIn({ email: user.email, password: "sai-5", ip, now: t0 })).toEqual({ ok: false, reason: "LOCKED", retryAfterSeconds: 900 });
    const locked = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(locked.lockedUntil).toEqual(minutesAfter(t0, 15));
    expect(await db.auditLog.count({ where: { action: "auth.lockout", actorId: user.id } })).toBe(1);

    // The refusal says how long is left: 14 minutes, then 6 seconds.
    expect(await signIn({ email: user.email, password: PASSWORD, ip, now: minutesAfter(t0, 1) })).toEqual({ ok: false, reason: "LOCKED", retryAfterSeconds: 14 * 60 });
    expect(await signIn({ email: user.email, password: PASSWORD, ip, now: minutesAfter(t0, 14.9) })).toEqual({ ok: false, reason: "LOCKED", retryAfterSeconds: 6 });
    expect(await db.auditLog.count({ where: { action: "auth.sign-in", actorId: user.id, result: "FAILURE", details: { path: ["reason"], equals: "locked" } } })).toBe(2);

    const after = await signIn({ email: user.email, password: PASSWORD, ip, now: minutesAfter(t0, 15) });
    expect(after.ok).toBe(true);
    const unlocked = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(unlocked).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
  });

  it("a success resets the count of wrong passwords", async () => {
    const { db } = await import("@/lib/db");
    const user = await personWithPassword();
    const ip = freshIp();
    const now = new Date();
    for (let attempt = 1; attempt <= 4; attempt++) await signIn({ email: user.email, password: "sai", ip, now });
    expect((await signIn({ email: user.email, password: PASSWORD, ip, now })).ok).toBe(true);
    for (let attempt = 1; attempt <= 4; attempt++) await signIn({ email: user.email, password: "sai", ip, now });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ failedLoginCount: 4, lockedUntil: null });
  });

  it("an administrator's unlock lifts the lock at once", async () => {
    const { unlockUser } = await import("@/lib/server/users/unlock-user");
    const user = await personWithPassword();
    const admin = await personWithPassword({ roles: ["ADMINISTRATOR"] });
    const ip = freshIp();
    const now = new Date();
    for (let attempt = 1; attempt <= 5; attempt++) await signIn({ email: user.email, password: "sai", ip, now });
    expect(await signIn({ email: user.email, password: PASSWORD, ip, now })).toMatchObject({ ok: false, reason: "LOCKED" });
    await expect(unlockUser({ actor: { id: user.id, roles: ["CONTRIBUTOR"] }, userId: user.id })).rejects.toThrow();
    await unlockUser({ actor: { id: admin.id, roles: ["ADMINISTRATOR"] }, userId: user.id, ip });
    expect((await signIn({ email: user.email, password: PASSWORD, ip, now })).ok).toBe(true);
  });

  it("answers an unknown e-mail and a disabled account exactly like a wrong password", async () => {
    const { db } = await import("@/lib/db");
    const user = await personWithPassword();
    await db.user.update({ where: { id: user.id }, data: { isActive: false } });
    const ip = freshIp();
    const now = new Date();
    expect(await signIn({ email: "khong-ton-tai@example.test", password: PASSWORD, ip, now })).toEqual({ ok: false, reason: "INVALID" });
    expect(await signIn({ email: user.email, password: PASSWORD, ip, now })).toEqual({ ok: false, reason: "INVALID" });
  });

  it("takes similar time for an unknown e-mail and a wrong password", async () => {
    const user = await personWithPassword();
    const ip = freshIp();
    const time = async (email: string) => {
      const started = performance.now();
      await signIn({ email, password: "sai-mat-khau-1", ip, now: new Date() });
      return performance.now() - started;
    };
    await time(user.email); // warm-up (the dummy hash is made once)
    await time("warm@example.test");
    const known = await time(user.email);
    const unknown = await time("khong-co@example.test");
    // Both run one argon2 verification; allow generous noise on a shared machine.
    expect(unknown).toBeGreaterThan(known * 0.4);
    expect(unknown).toBeLessThan(known * 2.5 + 50);
  });

  it("lets a whole office sign in from one address: successes never count toward its limit", async () => {
    const ip = freshIp();
    const now = new Date();
    const people = await Promise.all(Array.from({ length: 25 }, () => personWithPassword()));
    for (const person of people) {
      expect((await signIn({ email: person.email, password: PASSWORD, ip, now })).ok, person.email).toBe(true);
    }
  });

  it("refuses an address after 100 failures in 15 minutes, says how long, and counts nothing else", async () => {
    const ip = freshIp();
    const now = new Date();
    const user = await personWithPassword();
    for (let attempt = 1; attempt <= 100; attempt++) {
      const result = await signIn({ email: `ai-do-${attempt}@example.test`, password: "sai", ip, now });
      expect(result.ok).toBe(false);
    }
    const refused = await signIn({ email: user.email, password: PASSWORD, ip, now: minutesAfter(now, 3) });
    expect(refused).toEqual({ ok: false, reason: "RATE_LIMITED", retryAfterSeconds: 12 * 60 });
    // Another address is not affected; the same one is again after the window.
    expect((await signIn({ email: user.email, password: PASSWORD, ip: freshIp(), now })).ok).toBe(true);
    expect((await signIn({ email: user.email, password: PASSWORD, ip, now: minutesAfter(now, 15) })).ok).toBe(true);
  });

  it("asks for the second step after the right password, refuses a wrong code and counts it", async () => {
    const { db } = await import("@/lib/db");
    const { currentTotp, generateTotpSecret } = await import("@/lib/server/auth/totp");
    const user = await personWithPassword();
    const secret = generateTotpSecret();
    await db.user.update({ where: { id: user.id }, data: { totpSecret: secret, isTotpEnabled: true } });
    const ip = freshIp();
    const now = new Date();
    expect(await signIn({ email: user.email, password: "sai", ip, now })).toEqual({ ok: false, reason: "INVALID" });
    expect(await signIn({ email: user.email, password: PASSWORD, ip, now })).toEqual({ ok: false, reason: "TOTP_REQUIRED" });
    const wrong = currentTotp(secret, now) === "000000" ? "111111" : "000000";
    expect(await signIn({ email: user.email, password: PASSWORD, totpCode: wrong, ip, now })).toEqual({ ok: false, reason: "TOTP_INVALID" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).failedLoginCount).toBe(2);
    expect((await signIn({ email: user.email, password: PASSWORD, totpCode: currentTotp(secret, now), ip, now })).ok).toBe(true);
  });

  it("accepts a TOTP code once: the same code replayed a moment later is refused", async () => {
    const { db } = await import("@/lib/db");
    const { currentTotp, generateTotpSecret } = await import("@/lib/server/auth/totp");
    const user = await personWithPassword();
    const secret = generateTotpSecret();
    await db.user.update({ where: { id: user.id }, data: { totpSecret: secret, isTotpEnabled: true } });
    const ip = freshIp();
    const now = new Date();
    const code = currentTotp(secret, now);
    expect((await signIn({ email: user.email, password: PASSWORD, totpCode: code, ip, now })).ok).toBe(true);
    const later = new Date(now.getTime() + 5_000);
    expect(await signIn({ email: user.email, password: PASSWORD, totpCode: code, ip, now: later })).toEqual({ ok: false, reason: "TOTP_INVALID" });
    // The next step's code works.
    const next = new Date(now.getTime() + 30_000);
    expect((await signIn({ email: user.email, password: PASSWORD, totpCode: currentTotp(secret, next), ip, now: next })).ok).toBe(true);
  });

  it("never writes the password or the TOTP secret into the audit log", async () => {
    const { db } = await import("@/lib/db");
    const rows = await db.auditLog.findMany({ where: { action: { startsWith: "auth." } } });
    const text = JSON.stringify(rows, (_key, value) => (typeof value === "bigint" ? String(value) : value));
    expect(rows.length).toBeGreaterThan(10);
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toMatch(/passwordHash|totpSecret|\$argon2/);
  });
});
