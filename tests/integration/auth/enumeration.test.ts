// Nothing a sign-in answers tells whether an account exists: an unknown
// e-mail, a disabled account and a real account with a wrong password get
// the same answers, in the same order, with the same waits — "locked"
// included — and each answer costs one argon2 verification.
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";
import { freshIp, minutesAfter, PASSWORD, personWithPassword } from "@/tests/factories/auth";

const database = setupTestDatabase();

async function answers(email: string, password: string, t0: Date) {
  const { signIn } = await import("@/lib/server/auth/sign-in");
  const results = [];
  // Five wrong tries, then the "right" password twice while locked, then after the lock.
  for (let attempt = 1; attempt <= 5; attempt++) results.push(await signIn({ email, password: `sai-${attempt}`, ip: freshIp(), userAgent: "vitest", now: t0 }));
  results.push(await signIn({ email, password, ip: freshIp(), userAgent: "vitest", now: minutesAfter(t0, 1) }));
  results.push(await signIn({ email, password, ip: freshIp(), userAgent: "vitest", now: minutesAfter(t0, 10) }));
  results.push(await signIn({ email, password: "sai-sau-khoa", ip: freshIp(), userAgent: "vitest", now: minutesAfter(t0, 16) }));
  return results;
}

describe(`account enumeration on ${database.kind}`, () => {
  it("an unknown e-mail locks after five failures exactly like a real account", async () => {
    const t0 = new Date();
    const real = await personWithPassword();
    const expected = [
      ...Array.from({ length: 4 }, () => ({ ok: false, reason: "INVALID" })),
      { ok: false, reason: "LOCKED", retryAfterSeconds: 900 },
      { ok: false, reason: "LOCKED", retryAfterSeconds: 840 },
      { ok: false, reason: "LOCKED", retryAfterSeconds: 300 },
      { ok: false, reason: "INVALID" },
    ];
    expect(await answers(real.email, "Mat-khau-khong-dung-hoan-toan", t0)).toEqual(expected);
    expect(await answers("khong-ton-tai@example.test", PASSWORD, t0)).toEqual(expected);
    // Case and spaces do not make a new address.
    expect(await answers("  Ai-Do-Khac@Example.test ", PASSWORD, t0)).toEqual(expected);
  });

  it("a disabled account answers like an unknown one, even with its right password", async () => {
    const { db } = await import("@/lib/db");
    const t0 = new Date();
    const disabled = await personWithPassword();
    await db.user.update({ where: { id: disabled.id }, data: { isActive: false } });
    const result = await answers(disabled.email, PASSWORD, t0);
    expect(result.map((r) => (r.ok ? "ok" : r.reason))).toEqual(["INVALID", "INVALID", "INVALID", "INVALID", "LOCKED", "LOCKED", "LOCKED", "INVALID"]);
  });

  it("keeps only a hash of an unknown address, never the address", async () => {
    const { db } = await import("@/lib/db");
    const { signIn } = await import("@/lib/server/auth/sign-in");
    await signIn({ email: "dau-vet@example.test", password: "sai", ip: freshIp(), userAgent: "vitest" });
    const rows = await db.unknownAccountLock.findMany();
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain("dau-vet");
  });

  it("verifies a password (against a dummy hash) for an unknown address, as for a real one", async () => {
    const argon2 = await import("@node-rs/argon2");
    const { verifyPassword, dummyPasswordHash } = await import("@/lib/server/auth/password");
    // The dummy hash has the same cost parameters as a real one, so one verification takes as long.
    const real = await argon2.hash("bat-ky-mat-khau-nao");
    const params = (hash: string) => hash.split("$").slice(1, 4).join("$");
    expect(params(await dummyPasswordHash())).toBe(params(real));
    expect(await verifyPassword(null, "dummy-password-for-equal-timing-1")).toBe(false);
  });
});
