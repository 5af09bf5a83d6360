import type { AuditResult } from "@/lib/generated/prisma/enums";

// How audit actions read in the viewer; an action missing here shows its code.
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "auth.sign-in": "Đăng nhập",
  "auth.sign-out": "Đăng xuất",
  "auth.lockout": "Tạm khóa do đăng nhập sai",
  "auth.password-reset": "Đặt lại mật khẩu qua thư",
  "auth.password-reset-request": "Yêu cầu đặt lại mật khẩu",
  "auth.sessions-revoked": "Kết thúc các phiên đăng nhập",
  "account.change-password": "Đổi mật khẩu",
  "account.revoke-session": "Kết thúc một phiên đăng nhập",
  "account.totp-enable": "Bật xác thực hai bước",
  "account.totp-disable": "Tắt xác thực hai bước",
  "permission.denied": "Bị từ chối quyền truy cập",
  "people.create": "Tạo tài khoản",
  "people.update": "Sửa thông tin người dùng",
  "people.update-roles": "Đổi vai trò",
  "people.disable": "Vô hiệu hóa tài khoản",
  "people.enable": "Kích hoạt lại tài khoản",
  "people.reset-password": "Đặt lại mật khẩu",
  "people.unlock": "Mở khóa tài khoản",
  "units.create": "Thêm đơn vị",
  "units.rename": "Đổi tên đơn vị",
  "units.move": "Chuyển đơn vị",
  "units.deactivate": "Ngừng hoạt động đơn vị",
  "units.reactivate": "Cho đơn vị hoạt động trở lại",
  "units.delete": "Xóa đơn vị",
  "sections.create": "Thêm chuyên mục",
  "sections.update": "Sửa chuyên mục",
  "sections.reorder": "Đổi thứ tự chuyên mục",
  "sections.hide": "Ẩn chuyên mục",
  "sections.show": "Hiện chuyên mục",
};

export const auditActionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;

export const AUDIT_RESULT_LABELS = {
  SUCCESS: "Thành công",
  FAILURE: "Thất bại",
  DENIED: "Bị từ chối",
} as const satisfies Record<AuditResult, string>;

export const AUDIT_OBJECT_LABELS: Record<string, string> = {
  user: "Người dùng",
  unit: "Đơn vị",
  section: "Chuyên mục",
  session: "Phiên đăng nhập",
  page: "Trang",
};
