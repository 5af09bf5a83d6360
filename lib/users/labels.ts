import type { Position, Role } from "@/lib/generated/prisma/enums";

// The Vietnamese names of roles and positions, in one place so the wording can
// be reviewed; the order is the order forms and filters list them in.

export const ROLE_LABELS = {
  CONTRIBUTOR: "Cộng tác viên",
  SECRETARY: "Thư ký Ban Biên tập",
  EDITORIAL_BOARD: "Ban Biên tập",
  STANDING_COMMITTEE: "Ban Thường vụ",
  ADMINISTRATOR: "Quản trị",
} as const satisfies Record<Role, string>;

export const POSITION_LABELS = {
  STANDING_MEMBER: "Thường trực",
  HEAD: "Trưởng ban/đoàn thể",
  DEPUTY: "Phó ban/đoàn thể",
  STAFF: "Cán bộ/chuyên viên",
  COLLABORATOR: "Cộng tác viên",
} as const satisfies Record<Position, string>;

export const ROLES = Object.keys(ROLE_LABELS) as Role[];
export const POSITIONS = Object.keys(POSITION_LABELS) as Position[];

export const roleLabel = (role: Role) => ROLE_LABELS[role];
export const positionLabel = (position: Position) => POSITION_LABELS[position];

/** "Thư ký Ban Biên tập, Cộng tác viên" in the canonical role order. */
export function rolesText(roles: readonly Role[]): string {
  return ROLES.filter((role) => roles.includes(role))
    .map(roleLabel)
    .join(", ");
}
