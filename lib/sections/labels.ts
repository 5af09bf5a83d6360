import type { Cadence } from "@/lib/generated/prisma/enums";

export const CADENCE_LABELS = {
  DAILY: "Hằng ngày",
  WEEKLY: "Hằng tuần",
  MONTHLY: "Hằng tháng",
  NONE: "Không đặt",
} as const satisfies Record<Cadence, string>;

export const CADENCES = Object.keys(CADENCE_LABELS) as Cadence[];

/** "Hằng tuần: ít nhất 2 tin, bài" or "Không đặt". */
export function cadenceText(cadence: Cadence, target: number): string {
  if (cadence === "NONE" || target <= 0) return CADENCE_LABELS.NONE;
  return `${CADENCE_LABELS[cadence]}: ít nhất ${target} tin, bài`;
}
