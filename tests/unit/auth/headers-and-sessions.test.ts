import { describe, expect, it } from "vitest";
import { pendingAccountSetup } from "@/lib/auth/account-setup";
import { buildCsp, createNonce, isPrivatePath, staticSecurityHeaders } from "@/lib/auth/csp";
import { isOverLimit, isWindowFull, nextWindow, secondsUntilWindowEnds, SIGN_IN_FAILURES_PER_IP } from "@/lib/auth/rate-limit-rules";
import { sessionExpiry, sessionRejection, shouldTouchSession } from "@/lib/auth/session-rules";

const t0 = new Date("2026-03-01T08:00:00Z");
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe("content security policy", () => {
  const csp = buildCsp({ nonce: "abc123==", isDev: false });
  const directive = (name: string) => csp.split("; ").find((part) => part.startsWith(`${name} `));

  it("allows scripts only with this response's nonce", () => {
    expect(directive("script-src")).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain("unsafe-eval");
  });

  it("forbids framing, plugins and foreign form targets", () => {
    expect(directive("frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive("object-src")).toBe("object-src 'none'");
    expect(directive("form-action")).toBe("form-action 'self'");
    expect(directive("base-uri")).toBe("base-uri 'none'");
    expect(directive("frame-src")).toBe("frame-src https://www.youtube-nocookie.com https://www.youtube.com https://www.facebook.com");
  });

  it("adds 'unsafe-eval' in development only", () => {
    expect(buildCsp({ nonce: "n", isDev: true })).toContain("'unsafe-eval'");
  });

  it("makes a new nonce every time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("sends HSTS only behind HTTPS", () => {
    expect(staticSecurityHeaders({ isHttps: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(staticSecurityHeaders({ isHttps: true })["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(staticSecurityHeaders({ isHttps: false })).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
    });
  });

  it("marks the back office and sign-in pages private", () => {
    expect(isPrivatePath("/quan-tri")).toBe(true);
    expect(isPrivatePath("/quan-tri/nguoi-dung/3")).toBe(true);
    expect(isPrivatePath("/dang-nhap")).toBe(true);
    expect(isPrivatePath("/")).toBe(false);
    expect(isPrivatePath("/quan-tri-vien")).toBe(false);
  });
});

describe("session rules", () => {
  const live = { revokedAt: null, lastSeenAt: t0, expiresAt: sessionExpiry(t0, 12), user: { isActive: true, sessionVersion: 3 } };

  it("accepts a fresh session", () => expect(sessionRejection(live, 3, later(5), 120)).toBeNull());
  it("refuses a revoked one", () => expect(sessionRejection({ ...live, revokedAt: t0 }, 3, later(1), 120)).toBe("REVOKED"));
  it("refuses after the idle timeout", () => {
    expect(sessionRejection(live, 3, later(120), 120)).toBeNull();
    expect(sessionRejection(live, 3, later(121), 120)).toBe("IDLE");
  });
  it("refuses past the absolute end, however active", () => {
    expect(sessionRejection({ ...live, lastSeenAt: later(12 * 60 - 1) }, 3, later(12 * 60), 120)).toBe("EXPIRED");
  });
  it("refuses a disabled account", () => expect(sessionRejection({ ...live, user: { isActive: false, sessionVersion: 3 } }, 3, later(1), 120)).toBe("DISABLED"));
  it("refuses an older session version", () => expect(sessionRejection(live, 2, later(1), 120)).toBe("VERSION"));
  it("writes lastSeenAt at most once a minute", () => {
    expect(shouldTouchSession(t0, later(0.5))).toBe(false);
    expect(shouldTouchSession(t0, later(1))).toBe(true);
  });
});

describe("rate-limit windows", () => {
  it("counts within a window and starts over after it", () => {
    let window = nextWindow(null, t0, SIGN_IN_FAILURES_PER_IP);
    for (let i = 0; i < SIGN_IN_FAILURES_PER_IP.limit - 1; i++) window = nextWindow(window, later(1), SIGN_IN_FAILURES_PER_IP);
    expect(window.hits).toBe(SIGN_IN_FAILURES_PER_IP.limit);
    expect(isOverLimit(window, SIGN_IN_FAILURES_PER_IP)).toBe(false);
    window = nextWindow(window, later(2), SIGN_IN_FAILURES_PER_IP);
    expect(isOverLimit(window, SIGN_IN_FAILURES_PER_IP)).toBe(true);
    expect(nextWindow(window, later(15), SIGN_IN_FAILURES_PER_IP)).toEqual({ windowStart: later(15), hits: 1 });
  });

  it("allows an office a hundred failures per quarter hour, and says how long to wait after that", () => {
    expect(SIGN_IN_FAILURES_PER_IP).toEqual({ limit: 100, windowMs: 15 * 60_000 });
    const full = { windowStart: t0, hits: 100 };
    expect(isWindowFull({ windowStart: t0, hits: 99 }, later(1), SIGN_IN_FAILURES_PER_IP)).toBe(false);
    expect(isWindowFull(full, later(3), SIGN_IN_FAILURES_PER_IP)).toBe(true);
    expect(secondsUntilWindowEnds(full, later(3), SIGN_IN_FAILURES_PER_IP)).toBe(12 * 60);
    expect(isWindowFull(full, later(15), SIGN_IN_FAILURES_PER_IP)).toBe(false);
  });
});

describe("pending account setup", () => {
  const admin = { roles: ["ADMINISTRATOR" as const], isTotpEnabled: false, mustChangePassword: false };
  it("sends an administrator without two-step sign-in to enrol when required", () => {
    expect(pendingAccountSetup(admin, true)).toBe("ENROL_TOTP");
    expect(pendingAccountSetup(admin, false)).toBeNull();
    expect(pendingAccountSetup({ ...admin, isTotpEnabled: true }, true)).toBeNull();
    expect(pendingAccountSetup({ ...admin, roles: ["CONTRIBUTOR"] }, true)).toBeNull();
  });
  it("requires it of every privileged role, not of contributors", () => {
    for (const role of ["SECRETARY", "EDITORIAL_BOARD", "STANDING_COMMITTEE"] as const) {
      expect(pendingAccountSetup({ ...admin, roles: [role] }, true), role).toBe("ENROL_TOTP");
    }
    expect(pendingAccountSetup({ ...admin, roles: ["SECRETARY", "CONTRIBUTOR"] }, true)).toBe("ENROL_TOTP");
    expect(pendingAccountSetup({ ...admin, roles: ["SECRETARY"] }, false)).toBeNull();
  });
  it("asks first for a new password after a reset", () => {
    expect(pendingAccountSetup({ ...admin, mustChangePassword: true }, true)).toBe("CHANGE_PASSWORD");
  });
});
