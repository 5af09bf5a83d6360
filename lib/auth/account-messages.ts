// Every message of a person's own account (password, two-step sign-in,
// sessions, the e-mailed reset link), in one place so the wording can be
// reviewed; sign-in's own messages are in messages.ts. Safe for the browser.
export const ACCOUNT_MESSAGES = {
  invalidInput: "Dữ liệu chưa hợp lệ.",
  wrongCurrentPassword: "Mật khẩu hiện tại không đúng.",
  samePassword: "Mật khẩu mới phải khác mật khẩu hiện tại.",
  passwordChanged: (endedSessions: number) => `Đã đổi mật khẩu.${endedSessions ? ` Đã đăng xuất ${endedSessions} phiên khác.` : ""}`,
  totpAlreadyOn: "Xác thực hai bước đã được bật.",
  totpNotStarted: "Chưa bắt đầu bật xác thực hai bước, hoặc nó đã được bật.",
  totpOff: "Xác thực hai bước đang tắt.",
  totpRequired: "Tài khoản của bạn bắt buộc dùng xác thực hai bước nên không thể tắt.",
  wrongCode: "Mã xác thực không đúng.",
  wrongOrUsedCode: "Mã xác thực không đúng hoặc đã được dùng.",
  totpEnabled: "Đã bật xác thực hai bước.",
  totpDisabled: "Đã tắt xác thực hai bước.",
  recoveryCodesRenewed: "Đã tạo mã khôi phục mới; các mã cũ không còn dùng được.",
  useSignOutForCurrent: "Dùng nút “Đăng xuất” để kết thúc phiên đang dùng.",
  sessionEnded: "Đã đăng xuất phiên đó.",
  mailNotConfigured: "Chức năng gửi thư chưa được cấu hình. Vui lòng liên hệ quản trị viên.",
  tooManyResetRequests: "Bạn đã yêu cầu quá nhiều lần. Vui lòng thử lại sau ít phút.",
  resetSent: "Nếu địa chỉ này thuộc một tài khoản đang hoạt động, chúng tôi đã gửi thư hướng dẫn đặt lại mật khẩu. Vui lòng kiểm tra hộp thư.",
  invalidResetLink: "Liên kết đặt lại mật khẩu không hợp lệ hoặc đã hết hạn. Vui lòng yêu cầu liên kết mới.",
} as const;
