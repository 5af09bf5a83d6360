import { describe, expect, it } from "vitest";
import { afterFailedSignIn, afterSuccessfulSignIn, isLocked, LOCK_MINUTES, MAX_FAILED_SIGN_INS, remainingLockMinutes } from "@/lib/auth/lockout";
import { isStrongPassword, passwordProblems } from "@/lib/auth/password-policy";

const t0 = new Date("2026-03-01T08:00:00Z");
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe("password policy", () => {
  it.each(["Demo@2026", "abcdefghi", "1234567890123", "short1"])("refuses %s", (password) => {
    expect(isStrongPassword(password)).toBe(false);
  });

  it.each(["Bao-ve-nen-tang-2026", "mua xuan 2026 tren que huong", "Đảng-bộ-khối-2026", "x7kPq2mZr9"])("accepts %s", (password) => {
    expect(isStrongPassword(password)).toBe(true);
  });

  it("explains each problem in Vietnamese", () => {
    expect(passwordProblems("abc")).toEqual(["Mật khẩu phải có ít nhất 10 ký tự.", "Mật khẩu phải có cả chữ và số."]);
    expect(passwordProblems("Password1234")).toContain("Mật khẩu này quá dễ đoán, vui lòng chọn mật khẩu khác.");
    expect(passwordProblems("nguyenvana2026", { email: "nguyenvana@demo.local" })).toEqual(["Mật khẩu không được chứa địa chỉ thư điện tử."]);
  });

  it("keeps Demo@2026 out of the form: it is the seed's exception", () => {
    expect(passwordProblems("Demo@2026")).toEqual(["Mật khẩu phải có ít nhất 10 ký tự."]);
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
