import "server-only";
import type ExcelJS from "exceljs";
import type { QuotaYearReport } from "@/lib/quotas/quota-types";
import { EVALUATION_RESULT, evaluationRows, type EvaluationRow } from "@/lib/exports/evaluation-rows";
import { asOfText, evaluationTitle, planCitation } from "@/lib/exports/export-text";
import { newWorkbook, workbookBuffer } from "@/lib/server/exports/workbook";
import { addReportSheet, type SheetColumn } from "@/lib/exports/xlsx-sheet";

const COLUMNS: SheetColumn<EvaluationRow>[] = [
  { header: "STT", value: (_row, i) => i + 1, align: "center" },
  { header: "Họ và tên", value: (row) => row.name, maxWidth: 32 },
  { header: "Đơn vị", value: (row) => row.unitName, maxWidth: 40 },
  { header: "Chức vụ", value: (row) => row.position, maxWidth: 22 },
  { header: "Chỉ tiêu", value: (row) => row.target, maxWidth: 24 },
  { group: "Đã thực hiện", header: "Tin", value: (row) => row.news, total: "sum" },
  { group: "Đã thực hiện", header: "Bài", value: (row) => row.articles, total: "sum" },
  { group: "Đã thực hiện", header: "Bài chuyên sâu", value: (row) => row.inDepth, total: "sum" },
  { group: "Đã thực hiện", header: "Tổng", value: (row) => row.total, total: "sum" },
  {
    header: "Mức độ hoàn thành",
    value: (row) => row.result,
    total: (rows) => `${rows.filter((row) => row.isMet).length} ${EVALUATION_RESULT.met.toLowerCase()}, ${rows.filter((row) => !row.isMet).length} ${EVALUATION_RESULT.notMet.toLowerCase()}`,
    maxWidth: 20,
  },
  { header: "Ghi chú", value: (row) => row.note, maxWidth: 20 },
];

/** The evaluation list as a one-sheet workbook ("Đánh giá"). */
export function evaluationWorkbook(report: QuotaYearReport, countingRule: readonly string[]): ExcelJS.Workbook {
  const title = evaluationTitle(report.year);
  const workbook = newWorkbook(title);
  addReportSheet(workbook, {
    name: "Đánh giá",
    title,
    lines: [planCitation(report.plan, report.year)],
    note: countingRule,
    asOf: asOfText(report.computedAt),
    columns: COLUMNS,
    rows: evaluationRows(report.people),
    frozenColumns: 2,
    totalLabelColumn: 1,
  });
  return workbook;
}

export const evaluationWorkbookBuffer = (report: QuotaYearReport, countingRule: readonly string[]): Promise<Buffer> =>
  workbookBuffer(evaluationWorkbook(report, countingRule));
