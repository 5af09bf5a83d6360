// The password rule, pure and shared by forms, actions and create-admin: at
// least 10 characters with letters and digits, not the e-mail itself, not a
// well-known weak choice. The demo's Demo@2026 is set by the seed, never here.
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

const COMMON = ["1234567890", "0123456789", "password12", "matkhau123", "abc1234567", "qwerty1234", "admin12345", "12345678910"];

/** Vietnamese problems with the password; empty when it is acceptable. */
export function passwordProblems(password: string, context: { email?: string } = {}): string[] {
  const problems: string[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) problems.push(`Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`);
  if (password.length > MAX_PASSWORD_LENGTH) problems.push(`Mật khẩu không được dài quá ${MAX_PASSWORD_LENGTH} ký tự.`);
  if (!/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) problems.push("Mật khẩu phải có cả chữ và số.");
  const lower = password.toLowerCase();
  if (COMMON.some((weak) => lower.includes(weak)) || /^(.)\1+$/.test(password)) {
    problems.push("Mật khẩu này quá dễ đoán, vui lòng chọn mật khẩu khác.");
  }
  const localPart = context.email?.split("@")[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && lower.includes(localPart)) {
    problems.push("Mật khẩu không được chứa địa chỉ thư điện tử.");
  }
  return problems;
}

export const isStrongPassword = (password: string, context: { email?: string } = {}) =>
  passwordProblems(password, context).length === 0;
