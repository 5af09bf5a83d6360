import type { UnitKind } from "@/lib/generated/prisma/enums";
import type { ActivityReport, ReportPeriod } from "@/lib/reports/report-types";

// The activity report's rows as the workbook and the printed report show
// them: the headline figures, units (with those that have a quota and wrote
// nothing), writers (with those that did not write). Pure.

/** "KẾT QUẢ HOẠT ĐỘNG TRANG THÔNG TIN ĐIỆN TỬ THÁNG 11 NĂM 2026". */
export const activityTitle = (period: ReportPeriod) => `KẾT QUẢ HOẠT ĐỘNG TRANG THÔNG TIN ĐIỆN TỬ ${period.label.toLocaleUpperCase("vi")}`;

/** "Kỳ báo cáo: Tháng 11 năm 2026; so sánh với kỳ trước: Tháng 10 năm 2026". */
export const comparedWithText = (report: Pick<ActivityReport, "period" | "previous">) =>
  `Kỳ báo cáo: ${report.period.label}; so sánh với kỳ trước: ${report.previous.label}`;

/** The change as a share of the previous count (0.25 is +25 %); null when there is nothing to compare with. */
export function changeRatio(count: number, previous: number | null): number | null {
  if (previous === null || previous === 0) return null;
  return (count - previous) / previous;
}

/** "+25,0 %", "−10,0 %", "0,0 %", or "" when there is nothing to compare with. */
export function changeText(count: number, previous: number | null): string {
  const ratio = changeRatio(count, previous);
  if (ratio === null) return "";
  const sign = ratio > 0 ? "+" : ratio < 0 ? "−" : "";
  return `${sign}${Math.abs(ratio * 100).toLocaleString("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
}

export type FigureRow = { label: string; count: number; previous: number };

export function activityFigures(report: ActivityReport): FigureRow[] {
  const { totals } = report;
  return [
    { label: "Tin, bài đã đăng", ...totals.items },
    { label: "Lượt xem", ...totals.views },
    { label: "Văn bản đã đăng", ...totals.documents },
    { label: "Người viết có tin, bài được đăng", ...totals.writers },
    { label: "Đơn vị có tin, bài được đăng", ...totals.units },
  ];
}

export type UnitActivityRow = { unitId: number; name: string; kind: UnitKind | null; count: number; previous: number | null; isSilent: boolean };

/** Units that published, then units with a quota that published nothing (count 0). */
export function unitActivityRows(report: Pick<ActivityReport, "byUnit" | "unitsSilent">): UnitActivityRow[] {
  const silent = new Set(report.unitsSilent.map((unit) => unit.unitId));
  const listed = new Set(report.byUnit.map((unit) => unit.unitId));
  return [
    ...report.byUnit.map((unit) => ({ ...unit, isSilent: silent.has(unit.unitId) && unit.count === 0 })),
    ...report.unitsSilent
      .filter((unit) => !listed.has(unit.unitId))
      .map((unit) => ({ unitId: unit.unitId, name: unit.name, kind: null, count: 0, previous: null, isSilent: true })),
  ];
}

export type WriterRow = { userId: number; name: string; unitName: string; count: number };

/** People with a target who wrote in the period (most first, as given), then those who did not. */
export function writerRows(report: Pick<ActivityReport, "writers" | "nonWriters">): WriterRow[] {
  return [...report.writers, ...report.nonWriters.map((person) => ({ ...person, count: 0 }))];
}
