// Every message of the people pages (accounts kept by the administrator), in
// one place so the wording can be reviewed. Safe for the browser.
export const PEOPLE_MESSAGES = {
  notFound: "Không tìm thấy người dùng.",
  emailTaken: "Thư điện tử này đã có tài khoản.",
  unitInactive: "Đơn vị đã chọn không còn hoạt động.",
  cannotDropOwnAdmin: "Bạn không thể tự bỏ vai trò Quản trị của chính mình.",
  cannotDisableSelf: "Bạn không thể tự vô hiệu hóa tài khoản của mình.",
  noRightToUnlock: "Bạn không có quyền mở khóa tài khoản.",
  noRightToReset: "Bạn không có quyền đặt lại mật khẩu.",
  created: (name: string) => `Đã tạo tài khoản cho ${name}.`,
  saved: "Đã lưu thay đổi.",
  enabled: "Đã kích hoạt lại tài khoản.",
  disabled: "Đã vô hiệu hóa tài khoản và đăng xuất mọi phiên của người này.",
  passwordReset: "Đã đặt lại mật khẩu và đăng xuất mọi phiên của người này.",
  unlocked: "Đã mở khóa tài khoản.",
} as const;
