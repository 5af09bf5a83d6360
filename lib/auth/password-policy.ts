import { dictionary } from "@zxcvbn-ts/language-common";
import { VIETNAMESE_COMMON_PASSWORDS } from "./common-passwords-vi";

// The password rule, pure and shared by forms, actions and create-admin
// (NIST SP 800-63B: length, no composition rules, no known password): at
// least 12 characters, counted as Unicode code points of the NFC form, so a
// Vietnamese passphrase counts what the person typed; not a common or
// breached password (zxcvbn's list and a Vietnamese one, compared without
// case, accents or separators); not a run or a repeat; not the e-mail. The
// demo's Demo@2026 is set by the seed, never here.
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export const PASSWORD_MESSAGES = {
  tooShort: `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`,
  tooLong: `Mật khẩu không được dài quá ${MAX_PASSWORD_LENGTH} ký tự.`,
  common: "Mật khẩu này quá phổ biến hoặc đã từng bị lộ, vui lòng chọn mật khẩu khác (ví dụ một câu dài dễ nhớ).",
  email: "Mật khẩu không được chứa địa chỉ thư điện tử.",
} as const;

/** The same text whatever the keyboard composed: "ệ" as one code point or as e + two marks. */
export const normalisePassword = (password: string): string => password.normalize("NFC");

/** Length as a person counts it: code points of the NFC form (not UTF-16 units). */
export const passwordLength = (password: string): number => [...normalisePassword(password)].length;

/** Lower case, no accents ("đ" is "d"), no spaces or separators: how the lists are compared. */
export function foldPassword(password: string): string {
  return password
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[\s\-_.]+/g, "");
}

let known: Set<string> | undefined;
function knownPasswords(): Set<string> {
  known ??= new Set([...(dictionary["passwords-common"] as string[]).map(foldPassword), ...VIETNAMESE_COMMON_PASSWORDS.map(foldPassword)]);
  return known;
}

/** In a list, or a listed word with digits and symbols around it ("Password1234", "anhyeuem@2026!"). */
export function isCommonPassword(password: string): boolean {
  const folded = foldPassword(password);
  const core = folded.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  return knownPasswords().has(folded) || (core.length >= 4 && knownPasswords().has(core));
}

/** "aaaaaaaaaaaa", "abcabcabcabc", "123456789012", "987654321098": nothing a guesser would try later than first. */
export function isRunOrRepeat(password: string): boolean {
  const chars = [...foldPassword(password)];
  if (chars.length === 0) return false;
  if (/^(.{1,4})\1+$/u.test(chars.join(""))) return true;
  const steps = chars.slice(1).map((char, i) => stepBetween(chars[i], char));
  return steps.every((step) => step === 1) || steps.every((step) => step === -1);
}

function stepBetween(a: string, b: string): number {
  if (/\d/.test(a) && /\d/.test(b)) {
    const diff = (Number(b) - Number(a) + 10) % 10;
    return diff === 1 ? 1 : diff === 9 ? -1 : 0;
  }
  return b.codePointAt(0)! - a.codePointAt(0)!;
}

/** Vietnamese problems with the password; empty when it is acceptable. */
export function passwordProblems(password: string, context: { email?: string } = {}): string[] {
  const problems: string[] = [];
  const length = passwordLength(password);
  if (length < MIN_PASSWORD_LENGTH) problems.push(PASSWORD_MESSAGES.tooShort);
  if (length > MAX_PASSWORD_LENGTH) problems.push(PASSWORD_MESSAGES.tooLong);
  if (isCommonPassword(password) || isRunOrRepeat(password)) problems.push(PASSWORD_MESSAGES.common);
  const localPart = context.email?.split("@")[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && foldPassword(password).includes(foldPassword(localPart))) problems.push(PASSWORD_MESSAGES.email);
  return problems;
}

export const isStrongPassword = (password: string, context: { email?: string } = {}) => passwordProblems(password, context).length === 0;
