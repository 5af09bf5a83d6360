// Every sign-in message a person can see, in one place (the UI contract's
// exact wording: Playwright specs match these strings).
export const SIGN_IN_MESSAGES = {
  INVALID: "Thư điện tử hoặc mật khẩu không đúng.",
  LOCKED: "Tài khoản đang tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.",
  RATE_LIMITED: "Bạn đã thử đăng nhập quá nhiều lần. Vui lòng thử lại sau ít phút.",
  TOTP_REQUIRED: "Nhập mã xác thực 6 chữ số từ ứng dụng xác thực của bạn.",
  TOTP_INVALID: "Mã xác thực không đúng.",
  UNEXPECTED: "Không thể đăng nhập lúc này. Vui lòng thử lại sau ít phút.",
} as const;

export type SignInFailure = Exclude<keyof typeof SIGN_IN_MESSAGES, "UNEXPECTED">;

export const isSignInFailure = (value: unknown): value is SignInFailure =>
  typeof value === "string" && value in SIGN_IN_MESSAGES && value !== "UNEXPECTED";
