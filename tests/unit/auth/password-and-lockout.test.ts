import { describe, expect, it } from "vitest";
import { afterFailedSignIn, afterSuccessfulSignIn, isLocked, LOCK_MINUTES, MAX_FAILED_SIGN_INS, remainingLockMinutes } from "@/lib/auth/lockout";
import { isStrongPassword, PASSWORD_MESSAGES, passwordLength, passwordProblems } from "@/lib/auth/password-policy";

const t0 = new Date("2026-03-01T08:00:00Z");
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

// 64 characters, lower-case words with diacritics and no digit.
const PASSPHRASE = "mùa xuân trên quê hương đảng bộ khối các cơ quan tỉnh thanh hoá!";

describe("password policy", () => {
  it.each(["Demo@2026", "Hanoi12345", "x7kPq2mZr9", "abcdefghi", "short1"])("refuses %s: shorter than 12 characters", (password) => {
    expect(passwordProblems(password)).toContain(PASSWORD_MESSAGES.tooShort);
  });

  it("accepts a 64-character Vietnamese passphrase with no digit, counted as a person counts it", () => {
    expect(passwordLength(PASSPHRASE)).toBe(64);
    expect(passwordProblems(PASSPHRASE)).toEqual([]);
    // The same words typed on a keyboard that sends decomposed accents count the same.
    expect(passwordLength(PASSPHRASE.normalize("NFD"))).toBe(64);
    expect(isStrongPassword(PASSPHRASE.normalize("NFD"))).toBe(true);
  });

  it("counts code points: twelve accented letters are twelve characters", () => {
    expect(isStrongPassword("ỆỆỆỆỆỆỆỆỆỆỆ")).toBe(false);
    expect(passwordLength("Đảng-bộ-khối")).toBe(12);
    expect(isStrongPassword("Đảng-bộ-khối")).toBe(true);
  });

  it.each(["Bao-ve-nen-tang-2026", "mua xuan 2026 tren que huong", "Đảng-bộ-khối-2026", "x7kPq2mZr9Tw", "correct horse battery staple"])(
    "accepts %s: no composition rules",
    (password) => expect(isStrongPassword(password)).toBe(true),
  );

  it.each([
    "password1234", // zxcvbn's list
    "Password1234",
    "qwertyuiop12",
    "123456789012",
    "MatKhau123456", // the Vietnamese list, whatever the case
    "Anh yêu em 123456", // … and the accents and spaces
    "ANHYEUEM@2026!",
    "Việt Nam 123456",
    "123456789aaa",
    "aaaaaaaaaaaaaa",
    "abcabcabcabc",
    "1234567890123",
    "987654321098",
  ])("refuses %s: common, breached or a pattern", (password) => {
    expect(passwordProblems(password)).toEqual([PASSWORD_MESSAGES.common]);
  });

  it("refuses the e-mail's name inside the password", () => {
    expect(passwordProblems("nguyenvana-2026-xyz", { email: "nguyenvana@demo.local" })).toEqual([PASSWORD_MESSAGES.email]);
  });

  it("keeps Demo@2026 out of the form: it is the seed's exception", () => {
    expect(passwordProblems("Demo@2026")).toContain(PASSWORD_MESSAGES.tooShort);
    expect(PASSWORD_MESSAGES.tooShort).toBe("Mật khẩu phải có ít nhất 12 ký tự.");
  });
});

describe("lockout rules", () => {
  it("locks on the fifth consecutive failure, for fifteen minutes", () => {
    let state = { failedLoginCount: 0, lockedUntil: null as Date | null };
    for (let attempt = 1; attempt < MAX_FAILED_SIGN_INS; attempt++) {
      const next = afterFailedSignIn(state, t0);
      expect(next.didLock).toBe(false);
      state = next;
    }
    const fifth = afterFailedSignIn(state, t0);
    expect(fifth.didLock).toBe(true);
    expect(fifth.lockedUntil).toEqual(later(LOCK_MINUTES));
    expect(isLocked(fifth, later(14.9))).toBe(true);
    expect(isLocked(fifth, later(15))).toBe(false);
  });

  it("counts the remaining minutes, rounded up", () => {
    const state = { lockedUntil: later(15) };
    expect(remainingLockMinutes(state, t0)).toBe(15);
    expect(remainingLockMinutes(state, later(14.5))).toBe(1);
    expect(remainingLockMinutes(state, later(15))).toBe(0);
    expect(remainingLockMinutes({ lockedUntil: null }, t0)).toBe(0);
  });

  it("starts a fresh count once a lock has run out", () => {
    const expired = { failedLoginCount: 5, lockedUntil: later(15) };
    const next = afterFailedSignIn(expired, later(16));
    expect(next).toEqual({ failedLoginCount: 1, lockedUntil: null, didLock: false });
  });

  it("a success clears everything", () => {
    expect(afterSuccessfulSignIn()).toEqual({ failedLoginCount: 0, lockedUntil: null });
  });
});
