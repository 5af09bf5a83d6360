import type { UnitKind } from "@/lib/generated/prisma/enums";

export const UNIT_KIND_LABELS = {
  COMMITTEE: "Cấp ủy",
  DEPARTMENT: "Ban",
  MASS_ORGANISATION: "Đoàn thể",
  GRASSROOTS: "Cấp ủy cơ sở",
  CELL: "Chi bộ",
} as const satisfies Record<UnitKind, string>;

export const UNIT_KINDS = Object.keys(UNIT_KIND_LABELS) as UnitKind[];
