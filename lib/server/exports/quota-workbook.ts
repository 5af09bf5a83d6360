import "server-only";
import ExcelJS from "exceljs";
import type { MonthlyParticipation, PersonQuotaRow, QuotaYearReport } from "@/lib/quotas/quota-types";
import { asOfText, planCitation, quotaReportTitle } from "@/lib/exports/export-text";
import { monthlyColumns, personColumns, unitColumns } from "@/lib/exports/quota-columns";
import { newWorkbook, workbookBuffer } from "@/lib/server/exports/workbook";
import { addReportSheet } from "@/lib/exports/xlsx-sheet";

export type QuotaWorkbookInput = {
  report: QuotaYearReport;
  /** The people rows to list, already filtered and sorted as the dashboard shows them. */
  people: readonly PersonQuotaRow[];
  /** The counting rule, one sentence per line (countingRuleText(plan)). */
  countingRule: readonly string[];
  /** "Đơn vị: Ban Tuyên giáo; Trạng thái: Chưa hoàn thành" when the people are filtered. */
  filterText?: string | null;
  /** Adds the "Hằng tháng" sheet. */
  monthly?: MonthlyParticipation | null;
};

/** The quota report as a workbook: "Cá nhân", "Đơn vị" and, when given, "Hằng tháng". */
export function quotaWorkbook(input: QuotaWorkbookInput): ExcelJS.Workbook {
  const { report, people, countingRule } = input;
  const workbook = newWorkbook(quotaReportTitle(report.year));
  const title = quotaReportTitle(report.year);
  const plan = planCitation(report.plan, report.year);
  const asOf = asOfText(report.computedAt);
  addReportSheet(workbook, {
    name: "Cá nhân",
    title,
    lines: [plan, ...(input.filterText ? [`Lọc theo: ${input.filterText}`] : [])],
    note: countingRule,
    asOf,
    columns: personColumns(people),
    rows: people,
    frozenColumns: 2,
    totalLabelColumn: 1,
  });
  addReportSheet(workbook, {
    name: "Đơn vị",
    title,
    lines: [plan],
    note: countingRule,
    asOf,
    columns: unitColumns(report.units),
    rows: report.units,
    frozenColumns: 2,
    totalLabelColumn: 1,
  });
  if (input.monthly) {
    addReportSheet(workbook, {
      name: "Hằng tháng",
      title: `CÁC BAN, ĐOÀN THỂ VIẾT TIN, BÀI HẰNG THÁNG NĂM ${report.year}`,
      lines: [plan],
      note: countingRule,
      asOf,
      columns: monthlyColumns(input.monthly.months),
      rows: input.monthly.rows,
      frozenColumns: 2,
      totalLabelColumn: 1,
    });
  }
  return workbook;
}

export const quotaWorkbookBuffer = (input: QuotaWorkbookInput): Promise<Buffer> => workbookBuffer(quotaWorkbook(input));
