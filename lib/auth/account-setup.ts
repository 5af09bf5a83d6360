// What a person must do before anything else in the back office, pure:
// replace a temporary password (set by an administrator's reset), or, for an
// administrator when REQUIRE_2FA_FOR_ADMIN is on, turn on two-step sign-in.
// Until then every back-office page sends them to their account page and
// every action other than their own account's is refused.
import type { Role } from "@/lib/generated/prisma/enums";

export const ACCOUNT_PAGE = "/quan-tri/tai-khoan";

export type PendingSetup = "CHANGE_PASSWORD" | "ENROL_TOTP";

export function pendingAccountSetup(
  user: { roles: readonly Role[]; isTotpEnabled: boolean; mustChangePassword: boolean },
  requireTwoFactorForAdmin: boolean,
): PendingSetup | null {
  if (user.mustChangePassword) return "CHANGE_PASSWORD";
  if (requireTwoFactorForAdmin && user.roles.includes("ADMINISTRATOR") && !user.isTotpEnabled) return "ENROL_TOTP";
  return null;
}

export const PENDING_SETUP_MESSAGES: Record<PendingSetup, string> = {
  CHANGE_PASSWORD: "Mật khẩu của bạn là mật khẩu tạm thời. Vui lòng đổi mật khẩu trước khi tiếp tục.",
  ENROL_TOTP: "Tài khoản quản trị phải bật xác thực hai bước. Vui lòng bật xác thực hai bước trước khi tiếp tục.",
};
