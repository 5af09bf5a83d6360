// Sessions end for real: sign-out, disabling a person, changing their roles,
// changing or resetting their password each make the old session useless on
// its next request; idle and absolute expiry too. resolveSession() is what
// getCurrentUser() runs for every request's cookie.
import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";
import { freshIp, minutesAfter, PASSWORD, personWithPassword } from "@/tests/factories/auth";

const database = setupTestDatabase();

async function signedIn(roles?: Role[], now = new Date()) {
  const { signIn } = await import("@/lib/server/auth/sign-in");
  const user = await personWithPassword({ roles });
  const result = await signIn({ email: user.email, password: PASSWORD, ip: freshIp(), userAgent: "vitest", now });
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  return { user, claims: { sessionId: result.sessionId, sessionVersion: result.sessionVersion }, now };
}

const resolve = async (claims: { sessionId: string; sessionVersion: number }, now = new Date()) => {
  const { resolveSession } = await import("@/lib/server/auth/sessions");
  return resolveSession(claims, now);
};

describe(`sessions on ${database.kind}`, () => {
  it("resolves a live session to the person, with unit and roles", async () => {
    const { user, claims } = await signedIn(["SECRETARY", "CONTRIBUTOR"]);
    const current = await resolve(claims);
    expect(current).toMatchObject({ id: user.id, email: user.email, roles: ["SECRETARY", "CONTRIBUTOR"], sessionId: claims.sessionId, isActive: true });
    expect(current?.unit.name).toBeTruthy();
  });

  it("sign-out revokes the row", async () => {
    const { revokeSession } = await import("@/lib/server/auth/sessions");
    const { user, claims } = await signedIn();
    expect(await revokeSession(claims.sessionId)).toBe(user.id);
    expect(await resolve(claims)).toBeNull();
    expect(await revokeSession(claims.sessionId)).toBeNull();
  });

  it("disabling a person ends their sessions (and a disabled account never resolves)", async () => {
    const { db } = await import("@/lib/db");
    const { revokeAllSessions } = await import("@/lib/server/users/revoke-sessions");
    const { user, claims } = await signedIn();
    await db.user.update({ where: { id: user.id }, data: { isActive: false } });
    expect(await resolve(claims)).toBeNull();
    await revokeAllSessions(user.id, { reason: "disabled" });
    await db.user.update({ where: { id: user.id }, data: { isActive: true } });
    expect(await resolve(claims)).toBeNull();
  });

  it("a role change ends every session of the person, not others'", async () => {
    const { db } = await import("@/lib/db");
    const { revokeAllSessions } = await import("@/lib/server/users/revoke-sessions");
    const first = await signedIn(["CONTRIBUTOR"]);
    const { signIn } = await import("@/lib/server/auth/sign-in");
    const second = await signIn({ email: first.user.email, password: PASSWORD, ip: freshIp(), userAgent: "phone" });
    // A contributor has no second step: the phone's sign-in must open a live session,
    // or the revocation below would prove nothing about it.
    if (!second.ok) throw new Error(`second sign-in failed: ${second.reason}`);
    const secondClaims = { sessionId: second.sessionId, sessionVersion: second.sessionVersion };
    expect(await resolve(secondClaims)).not.toBeNull();
    const bystander = await signedIn(["CONTRIBUTOR"]);
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: first.user.id }, data: { roles: ["SECRETARY"] } });
      await revokeAllSessions({ userId: first.user.id, reason: "roles-changed", tx });
    });
    expect(await resolve(first.claims)).toBeNull();
    expect(await resolve(secondClaims)).toBeNull();
    expect(await resolve(bystander.claims)).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "auth.sessions-revoked", objectId: String(first.user.id) } })).toBe(1);
  });

  it("a cookie from before a session-version bump is refused even if its row were left", async () => {
    const { db } = await import("@/lib/db");
    const { claims, user } = await signedIn();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await resolve(claims)).toBeNull();
  });

  it("changing one's password keeps this session and ends the others when asked", async () => {
    const { changePassword } = await import("@/lib/server/users/change-password");
    const { signIn } = await import("@/lib/server/auth/sign-in");
    const here = await signedIn();
    const other = await signIn({ email: here.user.email, password: PASSWORD, ip: freshIp(), userAgent: "other" });
    if (!other.ok) throw new Error("second sign-in failed");
    await expect(
      changePassword({ actorId: here.user.id, currentSessionId: here.claims.sessionId, currentPassword: "sai", newPassword: "Bau-troi-xanh-2027", signOutOtherSessions: true }),
    ).rejects.toThrow("Mật khẩu hiện tại không đúng.");
    await expect(
      changePassword({ actorId: here.user.id, currentSessionId: here.claims.sessionId, currentPassword: PASSWORD, newPassword: "ngan1", signOutOtherSessions: true }),
    ).rejects.toThrow("Mật khẩu phải có ít nhất 12 ký tự.");
    const { endedSessions } = await changePassword({
      actorId: here.user.id,
      currentSessionId: here.claims.sessionId,
      currentPassword: PASSWORD,
      newPassword: "Bau-troi-xanh-2027",
      signOutOtherSessions: true,
    });
    expect(endedSessions).toBe(1);
    expect(await resolve(here.claims)).not.toBeNull();
    expect(await resolve({ sessionId: other.sessionId, sessionVersion: other.sessionVersion })).toBeNull();
    expect((await signIn({ email: here.user.email, password: PASSWORD, ip: freshIp(), userAgent: "x" })).ok).toBe(false);
    expect((await signIn({ email: here.user.email, password: "Bau-troi-xanh-2027", ip: freshIp(), userAgent: "x" })).ok).toBe(true);
  });

  it("an administrator's reset ends every session and sets a temporary password to change", async () => {
    const { resetPassword } = await import("@/lib/server/users/reset-password");
    const { signIn } = await import("@/lib/server/auth/sign-in");
    const { db } = await import("@/lib/db");
    const target = await signedIn();
    const admin = await personWithPassword({ roles: ["ADMINISTRATOR"] });
    await expect(resetPassword({ actor: { id: target.user.id, roles: ["CONTRIBUTOR"] }, userId: target.user.id })).rejects.toThrow();
    const { temporaryPassword } = await resetPassword({ actor: { id: admin.id, roles: ["ADMINISTRATOR"] }, userId: target.user.id });
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{7}-[A-Za-z0-9]{7}$/);
    expect(await resolve(target.claims)).toBeNull();
    const again = await signIn({ email: target.user.email, password: temporaryPassword, ip: freshIp(), userAgent: "x" });
    expect(again.ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: target.user.id } })).mustChangePassword).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "people.reset-password", objectId: String(target.user.id) } });
    expect(JSON.stringify(audit.details)).not.toContain(temporaryPassword);
  });

  it("ends after 30 idle minutes by default, and activity (written at most once a minute) keeps it alive", async () => {
    const { db } = await import("@/lib/db");
    const t0 = new Date();
    const { claims } = await signedIn(undefined, t0);
    expect(await resolve(claims, minutesAfter(t0, 0.5))).not.toBeNull();
    expect((await db.userSession.findUniqueOrThrow({ where: { id: claims.sessionId } })).lastSeenAt).toEqual(t0);
    expect(await resolve(claims, minutesAfter(t0, 29))).not.toBeNull();
    expect((await db.userSession.findUniqueOrThrow({ where: { id: claims.sessionId } })).lastSeenAt).toEqual(minutesAfter(t0, 29));
    // An editor's autosave and presence requests resolve the session like this every few seconds.
    expect(await resolve(claims, minutesAfter(t0, 58))).not.toBeNull();
    expect(await resolve(claims, minutesAfter(t0, 58 + 31))).toBeNull();
  });

  it("next-auth's /api/auth/session check refuses a signed-out or disabled session, and does not count as activity", async () => {
    process.env.AUTH_SECRET ??= "a-test-secret-of-at-least-thirty-two-characters";
    (await import("@/lib/env")).resetEnv();
    const { authOptions } = await import("@/lib/server/auth/auth-options");
    const { revokeSession } = await import("@/lib/server/auth/sessions");
    const { db } = await import("@/lib/db");
    const jwt = authOptions().callbacks!.jwt!;
    const tokenOf = (claims: { sessionId: string; sessionVersion: number }) => ({ sub: "1", sid: claims.sessionId, sv: claims.sessionVersion });
    const check = (claims: { sessionId: string; sessionVersion: number }) => jwt({ token: tokenOf(claims) } as unknown as Parameters<typeof jwt>[0]);

    const live = await signedIn();
    await expect(check(live.claims)).resolves.toMatchObject({ sid: live.claims.sessionId });
    const before = (await db.userSession.findUniqueOrThrow({ where: { id: live.claims.sessionId } })).lastSeenAt;
    await db.userSession.update({ where: { id: live.claims.sessionId }, data: { lastSeenAt: new Date(before.getTime() - 5 * 60_000) } });
    await check(live.claims);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: live.claims.sessionId } })).lastSeenAt).toEqual(new Date(before.getTime() - 5 * 60_000));

    await revokeSession(live.claims.sessionId);
    await expect(check(live.claims)).rejects.toThrow();
    const disabled = await signedIn();
    await db.user.update({ where: { id: disabled.user.id }, data: { isActive: false } });
    await expect(check(disabled.claims)).rejects.toThrow();
  });

  it("ends at its absolute lifetime however active it is", async () => {
    const t0 = new Date();
    const { claims } = await signedIn(undefined, t0);
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) expect(await resolve(claims, minutesAfter(t0, minutes))).not.toBeNull();
    expect(await resolve(claims, minutesAfter(t0, 12 * 60))).toBeNull();
  });

  it("a password reset by e-mail works once, ends sessions and never stores the token", async () => {
    const { requestPasswordReset } = await import("@/lib/server/users/request-password-reset");
    const { completePasswordReset } = await import("@/lib/server/users/complete-password-reset");
    const { db } = await import("@/lib/db");
    const { user, claims } = await signedIn();
    const sent: { to: string; text: string }[] = [];
    await requestPasswordReset({ email: user.email, ip: freshIp(), send: async (mail) => void sent.push(mail) });
    await requestPasswordReset({ email: "khong-co@example.test", ip: freshIp(), send: async (mail) => void sent.push(mail) });
    expect(sent).toHaveLength(1);
    const token = /token=([\w-]+)/.exec(sent[0].text)![1];
    expect(await db.passwordResetToken.count({ where: { tokenHash: token } })).toBe(0);
    await completePasswordReset({ token, newPassword: "Mat-khau-dat-lai-9", ip: null });
    expect(await resolve(claims)).toBeNull();
    await expect(completePasswordReset({ token, newPassword: "Mat-khau-khac-10", ip: null })).rejects.toThrow(/không hợp lệ/);
  });
});
