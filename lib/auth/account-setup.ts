// What a person must do before anything else in the back office, pure:
// replace a temporary password (set by an administrator's reset), or, for a
// privileged role when REQUIRE_2FA_FOR_ADMIN is on, turn on two-step sign-in.
// Until then every back-office page sends them to their account page (the
// set-up page) and every action other than their own account's is refused.
import type { Role } from "@/lib/generated/prisma/enums";

export const ACCOUNT_PAGE = "/quan-tri/tai-khoan";

/**
 * Roles whose account can publish, approve, see reports or run the site:
 * administrators, the secretary, the board and the standing committee.
 * Only contributors may sign in with a password alone.
 */
export const TWO_FACTOR_ROLES: readonly Role[] = ["ADMINISTRATOR", "SECRETARY", "EDITORIAL_BOARD", "STANDING_COMMITTEE"];

/** Whether the person must use two-step sign-in (the setting REQUIRE_2FA_FOR_ADMIN, on by default). */
export const isTwoFactorRequired = (roles: readonly Role[], isRequiredForPrivileged: boolean): boolean =>
  isRequiredForPrivileged && roles.some((role) => TWO_FACTOR_ROLES.includes(role));

export type PendingSetup = "CHANGE_PASSWORD" | "ENROL_TOTP";

export function pendingAccountSetup(
  user: { roles: readonly Role[]; isTotpEnabled: boolean; mustChangePassword: boolean },
  requireTwoFactorForPrivileged: boolean,
): PendingSetup | null {
  if (user.mustChangePassword) return "CHANGE_PASSWORD";
  if (isTwoFactorRequired(user.roles, requireTwoFactorForPrivileged) && !user.isTotpEnabled) return "ENROL_TOTP";
  return null;
}

export const PENDING_SETUP_MESSAGES: Record<PendingSetup, string> = {
  CHANGE_PASSWORD: "Mật khẩu của bạn là mật khẩu tạm thời. Vui lòng đổi mật khẩu trước khi tiếp tục.",
  ENROL_TOTP: "Tài khoản của bạn có quyền quản trị, biên tập, duyệt bài hoặc xem báo cáo nên phải bật xác thực hai bước. Vui lòng bật xác thực hai bước trước khi tiếp tục.",
};
