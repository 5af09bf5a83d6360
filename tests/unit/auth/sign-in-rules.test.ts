import { describe, expect, it } from "vitest";
import { decodeSignInError, encodeSignInError, signInErrorMessage, SIGN_IN_MESSAGES } from "@/lib/auth/messages";
import { generateRecoveryCodes, hashRecoveryCode, looksLikeRecoveryCode, RECOVERY_CODE_COUNT } from "@/lib/server/auth/recovery-codes";
import { currentTotp, generateTotpSecret, totpStep } from "@/lib/server/auth/totp";

describe("sign-in refusals say when to try again", () => {
  it("turns a lock's remaining seconds into minutes, rounded up", () => {
    expect(signInErrorMessage(encodeSignInError("LOCKED", 12 * 60 - 5))).toBe(
      "Tài khoản đang tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 12 phút.",
    );
    expect(signInErrorMessage("LOCKED:900")).toBe(SIGN_IN_MESSAGES.LOCKED);
    expect(signInErrorMessage("LOCKED:20")).toMatch(/thử lại sau 1 phút\.$/);
  });

  it("says the same for the per-address limit", () => {
    expect(signInErrorMessage("RATE_LIMITED:300")).toBe("Có quá nhiều lần đăng nhập sai từ địa chỉ mạng của bạn. Vui lòng thử lại sau 5 phút.");
  });

  it("reads plain codes and refuses anything else", () => {
    expect(decodeSignInError("TOTP_REQUIRED")).toEqual({ reason: "TOTP_REQUIRED", retryAfterSeconds: null });
    expect(signInErrorMessage("CredentialsSignin")).toBe(SIGN_IN_MESSAGES.INVALID);
    expect(signInErrorMessage("<script>")).toBe(SIGN_IN_MESSAGES.UNEXPECTED);
    expect(signInErrorMessage(undefined)).toBe(SIGN_IN_MESSAGES.UNEXPECTED);
  });
});

describe("recovery codes", () => {
  it("makes ten distinct codes a person can copy off paper", () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) {
      expect(code).toMatch(/^[2-9a-z]{5}-[2-9a-z]{5}$/);
      expect(code).not.toMatch(/[01ilo]/);
    }
  });

  it("ignores case, spaces and the hyphen when checking a code", () => {
    const [code] = generateRecoveryCodes(1);
    expect(hashRecoveryCode(code.toUpperCase().replace("-", " "))).toBe(hashRecoveryCode(code));
    expect(looksLikeRecoveryCode(` ${code.toUpperCase()} `)).toBe(true);
    expect(looksLikeRecoveryCode("123456")).toBe(false);
  });
});

describe("TOTP steps", () => {
  it("places a code in its 30-second step, so it can be accepted once", () => {
    const secret = generateTotpSecret();
    const now = new Date("2026-03-01T08:00:10Z");
    const step = Math.floor(now.getTime() / 30_000);
    expect(totpStep(secret, currentTotp(secret, now), now)).toBe(step);
    // The previous step's code is still accepted (clock drift), and reported as that step.
    const before = new Date(now.getTime() - 30_000);
    expect(totpStep(secret, currentTotp(secret, before), now)).toBe(step - 1);
    expect(totpStep(secret, "12345", now)).toBeNull();
  });
});
