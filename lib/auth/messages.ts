// Every sign-in message a person can see, in one place (the UI contract's
// exact wording: Playwright specs match these strings). A refusal that lasts
// (lock, per-address limit) travels as "LOCKED:840" — the code and the
// seconds to wait — through next-auth's `error` parameter, and the form says
// how many minutes remain.
export const SIGN_IN_MESSAGES = {
  INVALID: "Thư điện tử hoặc mật khẩu không đúng.",
  LOCKED: "Tài khoản đang tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.",
  RATE_LIMITED: "Có quá nhiều lần đăng nhập sai từ địa chỉ mạng của bạn. Vui lòng thử lại sau 15 phút.",
  TOTP_REQUIRED: "Nhập mã xác thực 6 chữ số từ ứng dụng xác thực của bạn (hoặc một mã khôi phục).",
  TOTP_INVALID: "Mã xác thực không đúng hoặc đã được dùng.",
  UNEXPECTED: "Không thể đăng nhập lúc này. Vui lòng thử lại sau ít phút.",
} as const;

export type SignInFailure = Exclude<keyof typeof SIGN_IN_MESSAGES, "UNEXPECTED">;

export const isSignInFailure = (value: unknown): value is SignInFailure =>
  typeof value === "string" && value in SIGN_IN_MESSAGES && value !== "UNEXPECTED";

/** Whole minutes (at least 1, rounded up) of a wait given in seconds. */
export const minutesToWait = (seconds: number): number => Math.max(1, Math.ceil(seconds / 60));

export const lockedMessage = (seconds: number) =>
  `Tài khoản đang tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau ${minutesToWait(seconds)} phút.`;
export const rateLimitedMessage = (seconds: number) =>
  `Có quá nhiều lần đăng nhập sai từ địa chỉ mạng của bạn. Vui lòng thử lại sau ${minutesToWait(seconds)} phút.`;

/** "LOCKED:840" for a refusal with a wait, the bare code otherwise. */
export const encodeSignInError = (reason: SignInFailure, retryAfterSeconds?: number): string =>
  retryAfterSeconds ? `${reason}:${retryAfterSeconds}` : reason;

export function decodeSignInError(error: string | null | undefined): { reason: SignInFailure | null; retryAfterSeconds: number | null } {
  const match = /^([A-Z_]+)(?::(\d{1,6}))?$/.exec(error ?? "");
  const reason = match && isSignInFailure(match[1]) ? match[1] : null;
  return { reason, retryAfterSeconds: match?.[2] ? Number(match[2]) : null };
}

/** The Vietnamese message for next-auth's `error` value. */
export function signInErrorMessage(error: string | null | undefined): string {
  if (error === "CredentialsSignin") return SIGN_IN_MESSAGES.INVALID;
  const { reason, retryAfterSeconds } = decodeSignInError(error);
  if (!reason) return SIGN_IN_MESSAGES.UNEXPECTED;
  if (reason === "LOCKED" && retryAfterSeconds) return lockedMessage(retryAfterSeconds);
  if (reason === "RATE_LIMITED" && retryAfterSeconds) return rateLimitedMessage(retryAfterSeconds);
  return SIGN_IN_MESSAGES[reason];
}
