import "server-only";
import type ExcelJS from "exceljs";
import { asOfText, excelDay } from "@/lib/exports/export-text";
import { newWorkbook, workbookBuffer } from "@/lib/server/exports/workbook";
import { addReportSheet, type SheetColumn } from "@/lib/exports/xlsx-sheet";
import { formatVnd } from "@/lib/royalties/format-vnd";
import { GENRE_LABELS } from "@/lib/royalties/royalty-labels";
import { PAYMENT_STATUS_LABELS, SHEET_COLUMNS, sheetTitle, yearTitle } from "@/lib/royalties/royalty-sheet-labels";
import type { RoyaltySheet, RoyaltyYear, SheetAuthor, SheetShareRow, YearAuthorRow, YearMonthSummary } from "@/lib/royalties/royalty-sheet-types";

// The monthly sheet and the year's summary as Excel workbooks. Money is
// stored as whole numbers (format "#,##0"); each totals row adds its money
// columns up with a SUM formula and carries the computed value as the
// formula's cached result, so the file reads right even where formulas are
// not recalculated. Pure: data in, workbook out.

const MONEY = "#,##0";
const index = <Row>(): SheetColumn<Row> => ({ header: SHEET_COLUMNS.index, value: (_row, i) => i + 1, align: "center" });

/** Replaces the totals row's sums of `columns` (1-based) with SUM formulas over the data rows, keeping the value as cached result. */
function sumFormulas(sheet: ExcelJS.Worksheet, rowCount: number, columns: readonly number[]): void {
  if (rowCount === 0) return;
  const totalRow = sheet.lastRow;
  if (!totalRow) return;
  const [first, last] = [totalRow.number - rowCount, totalRow.number - 1];
  for (const column of columns) {
    const cell = totalRow.getCell(column);
    const letter = sheet.getColumn(column).letter;
    cell.value = { formula: `SUM(${letter}${first}:${letter}${last})`, result: Number(cell.value ?? 0) };
  }
}

type DetailRow = SheetShareRow & { author: SheetAuthor };

const detailColumns: SheetColumn<DetailRow>[] = [
  index(),
  { header: SHEET_COLUMNS.author, value: (row) => row.author.name },
  { header: SHEET_COLUMNS.unit, value: (row) => row.author.unitName, maxWidth: 30 },
  { header: SHEET_COLUMNS.title, value: (row) => row.title, maxWidth: 50 },
  { header: SHEET_COLUMNS.genre, value: (row) => GENRE_LABELS[row.genre] },
  { header: SHEET_COLUMNS.grade, value: (row) => row.grade, align: "center" },
  { header: SHEET_COLUMNS.coefficient, value: (row) => row.coefficient / 100, numFmt: "0.00" },
  { header: SHEET_COLUMNS.bonus, value: (row) => row.bonusPercent },
  { header: SHEET_COLUMNS.share, value: (row) => row.shareBasisPoints / 100, numFmt: "0.00" },
  { header: SHEET_COLUMNS.amount, value: (row) => row.amountVnd, numFmt: MONEY, total: "sum" },
];

const authorColumns: SheetColumn<SheetAuthor>[] = [
  index(),
  { header: SHEET_COLUMNS.author, value: (row) => row.name },
  { header: SHEET_COLUMNS.unit, value: (row) => row.unitName, maxWidth: 30 },
  { header: SHEET_COLUMNS.itemCount, value: (row) => row.itemCount, total: "sum" },
  { header: SHEET_COLUMNS.total, value: (row) => row.totalVnd, numFmt: MONEY, total: "sum" },
  { header: SHEET_COLUMNS.paidOn, value: (row) => (row.payment ? excelDay(row.payment.paidOn) : null), numFmt: "dd/mm/yyyy" },
  { header: "Tình trạng", value: (row) => PAYMENT_STATUS_LABELS[row.paymentStatus] },
  { header: SHEET_COLUMNS.signature, value: () => "" },
];

export function royaltySheetWorkbook(sheet: RoyaltySheet, now: Date = new Date()): ExcelJS.Workbook {
  const title = sheetTitle(sheet.period);
  const workbook = newWorkbook(title, now);
  const asOf = asOfText(now);
  const lockLine = sheet.isLocked ? `Sổ đã khóa (đã kiểm tra)` : `Sổ chưa khóa: số liệu có thể còn thay đổi`;
  const lines = [`Tổng cộng: ${formatVnd(sheet.totalVnd)}; ${lockLine}`];
  const byAuthor = addReportSheet(workbook, { name: "Theo tác giả", title, lines, asOf, columns: authorColumns, rows: sheet.authors, frozenColumns: 2, totalLabelColumn: 1 });
  sumFormulas(byAuthor, sheet.authors.length, [4, 5]);
  const details: DetailRow[] = sheet.authors.flatMap((author) => author.rows.map((row) => ({ ...row, author })));
  const detail = addReportSheet(workbook, { name: "Chi tiết", title, lines, asOf, columns: detailColumns, rows: details, frozenColumns: 2, totalLabelColumn: 1 });
  sumFormulas(detail, details.length, [10]);
  return workbook;
}

const monthColumns: SheetColumn<YearMonthSummary>[] = [
  { header: "Tháng", value: (row) => `Tháng ${row.month}` },
  { header: "Số tin, bài đã chấm", value: (row) => row.itemCount, total: "sum" },
  { header: "Nhuận bút đã chấm (đồng)", value: (row) => row.gradedVnd, numFmt: MONEY, total: "sum" },
  { header: "Đã chi (đồng)", value: (row) => row.paidVnd, numFmt: MONEY, total: "sum" },
  { header: "Lũy kế đã chi (đồng)", value: (row) => row.cumulativePaidVnd, numFmt: MONEY },
  { header: "Dự toán còn lại (đồng)", value: (row) => row.remainingVnd, numFmt: MONEY },
  { header: "Sổ tháng", value: (row) => (row.isLocked ? "Đã khóa" : "Chưa khóa") },
];

const yearAuthorColumns: SheetColumn<YearAuthorRow>[] = [
  index(),
  { header: SHEET_COLUMNS.author, value: (row) => row.name },
  { header: SHEET_COLUMNS.unit, value: (row) => row.unitName, maxWidth: 30 },
  { header: SHEET_COLUMNS.itemCount, value: (row) => row.itemCount, total: "sum" },
  { header: "Nhuận bút đã chấm (đồng)", value: (row) => row.gradedVnd, numFmt: MONEY, total: "sum" },
  { header: "Đã chi (đồng)", value: (row) => row.paidVnd, numFmt: MONEY, total: "sum" },
];

export function royaltyYearWorkbook(data: RoyaltyYear, now: Date = new Date()): ExcelJS.Workbook {
  const title = yearTitle(data.year);
  const workbook = newWorkbook(title, now);
  const asOf = asOfText(now);
  const lines = [
    data.hasSchedule ? `Dự toán năm: ${formatVnd(data.budgetVnd)}; đã chi: ${formatVnd(data.paidVnd)}; còn lại: ${formatVnd(data.remainingVnd)}` : `Chưa có định mức, dự toán năm ${data.year}`,
  ];
  const months = addReportSheet(workbook, { name: "Theo tháng", title, lines, asOf, columns: monthColumns, rows: data.months });
  sumFormulas(months, data.months.length, [2, 3, 4]);
  const authors = addReportSheet(workbook, { name: "Theo tác giả", title, lines, asOf, columns: yearAuthorColumns, rows: data.authors, frozenColumns: 2, totalLabelColumn: 1 });
  sumFormulas(authors, data.authors.length, [4, 5, 6]);
  return workbook;
}

export const royaltySheetWorkbookBuffer = (sheet: RoyaltySheet, now?: Date) => workbookBuffer(royaltySheetWorkbook(sheet, now));
export const royaltyYearWorkbookBuffer = (data: RoyaltyYear, now?: Date) => workbookBuffer(royaltyYearWorkbook(data, now));
