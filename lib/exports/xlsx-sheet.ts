import type { Border, Borders, Cell, Workbook, Worksheet } from "exceljs";

// One report sheet, written the same way for every export: a title row, the
// lines under it (plan, period), a note row (how the numbers are counted),
// "Số liệu tính đến …", a frozen one- or two-level header, the rows (numbers
// stored as numbers), a totals row, thin borders and column widths measured
// on the content. Pure: a workbook in, the same workbook out. Rows are read
// once to measure and once to write, in order, so the cost is linear.

export const NO_DATA_TEXT = "Không có dữ liệu";
export const TOTAL_LABEL = "Tổng cộng";

/** Dates are written as Excel dates (show them with numFmt "dd/mm/yyyy"). */
export type CellValue = string | number | Date | null;

export type SheetColumn<Row> = {
  header: string;
  /** Columns with the same group next to each other share a header cell above theirs. */
  group?: string;
  value: (row: Row, index: number) => CellValue;
  /** "sum": the total adds the column up; a function computes it; none: blank. */
  total?: "sum" | ((rows: readonly Row[]) => CellValue);
  /** Excel number format, e.g. "#,##0" or "0.0%" (numbers only). */
  numFmt?: string;
  align?: "left" | "center" | "right";
  /** Longest text a column is widened for before it wraps (characters). */
  maxWidth?: number;
};

export type SheetSpec<Row> = {
  name: string;
  title: string;
  /** Centred lines under the title (plan number, period, filters). */
  lines?: readonly string[];
  /** The note row, e.g. the counting rule; one sentence per line. */
  note?: readonly string[];
  /** "Số liệu tính đến 14:05, ngày 06 tháng 12 năm 2026". */
  asOf: string;
  columns: readonly SheetColumn<Row>[];
  rows: readonly Row[];
  /** Add a "Tổng cộng" row (default true when some column has a total). */
  hasTotals?: boolean;
  /** Columns kept in view when scrolling sideways (e.g. STT and the name). */
  frozenColumns?: number;
  /** The column that says "Tổng cộng" on the totals row (default the first). */
  totalLabelColumn?: number;
};

const THIN: Border = { style: "thin", color: { argb: "FF808080" } };
const BORDERS: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEFEBE9" } } as const;
const MIN_WIDTH = 5;
const DEFAULT_MAX_WIDTH = 45;

function textLength(value: CellValue): number {
  if (value === null) return 0;
  if (typeof value === "number") return value.toLocaleString("en-US").length;
  if (value instanceof Date) return 10;
  return value.length;
}
const longestWord = (text: string): number => Math.max(0, ...text.split(/\s+/).map((word) => word.length));

/** Widths in characters: the longest value (or header word) plus padding, within bounds. */
export function measureColumns<Row>(columns: readonly SheetColumn<Row>[], rows: readonly Row[]): number[] {
  const widths = columns.map((column) => Math.max(longestWord(column.header), MIN_WIDTH));
  rows.forEach((row, index) => {
    columns.forEach((column, c) => {
      const length = textLength(column.value(row, index));
      if (length > widths[c]) widths[c] = length;
    });
  });
  return widths.map((width, c) => Math.min(width + 2, columns[c].maxWidth ?? DEFAULT_MAX_WIDTH));
}

function totalsOf<Row>(columns: readonly SheetColumn<Row>[], rows: readonly Row[]): CellValue[] {
  const sums = columns.map(() => 0);
  rows.forEach((row, index) => {
    columns.forEach((column, c) => {
      if (column.total !== "sum") return;
      const value = column.value(row, index);
      if (typeof value === "number") sums[c] += value;
    });
  });
  return columns.map((column, c) => (column.total === "sum" ? sums[c] : column.total ? column.total(rows) : null));
}

function mergedLine(sheet: Worksheet, rowNumber: number, width: number, text: string, style: Partial<Cell>): void {
  const row = sheet.getRow(rowNumber);
  const cell = row.getCell(1);
  cell.value = text;
  Object.assign(cell, style);
  if (width > 1) sheet.mergeCells(rowNumber, 1, rowNumber, width);
}

/** Estimated wrapped lines of `text` in a merged cell `chars` wide (Excel does not fit merged rows). */
const wrappedLines = (text: string, chars: number) =>
  text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / Math.max(chars * 1.1, 10))), 0);

function writeHeader<Row>(sheet: Worksheet, top: number, columns: readonly SheetColumn<Row>[]): number {
  const hasGroups = columns.some((column) => column.group);
  const headerRows = hasGroups ? 2 : 1;
  const style = (cell: Cell) => {
    cell.font = { bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = BORDERS;
    cell.fill = HEADER_FILL;
  };
  for (let c = 0; c < columns.length; c += 1) {
    const column = columns[c];
    if (!hasGroups || !column.group) {
      const cell = sheet.getRow(top).getCell(c + 1);
      cell.value = column.header;
      style(cell);
      if (hasGroups) {
        style(sheet.getRow(top + 1).getCell(c + 1));
        sheet.mergeCells(top, c + 1, top + 1, c + 1);
      }
      continue;
    }
    let last = c;
    while (last + 1 < columns.length && columns[last + 1].group === column.group) last += 1;
    const groupCell = sheet.getRow(top).getCell(c + 1);
    groupCell.value = column.group;
    for (let k = c; k <= last; k += 1) {
      style(sheet.getRow(top).getCell(k + 1));
      const cell = sheet.getRow(top + 1).getCell(k + 1);
      cell.value = columns[k].header;
      style(cell);
    }
    if (last > c) sheet.mergeCells(top, c + 1, top, last + 1);
    c = last;
  }
  return headerRows;
}

function writeValues<Row>(sheet: Worksheet, rowNumber: number, columns: readonly SheetColumn<Row>[], values: CellValue[], isBold: boolean): void {
  const row = sheet.getRow(rowNumber);
  values.forEach((value, c) => {
    const cell = row.getCell(c + 1);
    cell.value = value === "" ? null : value;
    cell.border = BORDERS;
    const column = columns[c];
    const isNumber = typeof value === "number" || value instanceof Date;
    if (isNumber && column.numFmt) cell.numFmt = column.numFmt;
    cell.alignment = { vertical: "top", wrapText: !isNumber, horizontal: column.align ?? (isNumber ? "right" : "left") };
    if (isBold) cell.font = { bold: true };
  });
}

/** Adds one report sheet to `workbook`, following the spec. */
export function addReportSheet<Row>(workbook: Workbook, spec: SheetSpec<Row>): Worksheet {
  const { columns, rows } = spec;
  const width = columns.length;
  const widths = measureColumns(columns, rows);
  const sheet = workbook.addWorksheet(spec.name, { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = widths.map((columnWidth) => ({ width: columnWidth }));
  const totalWidth = widths.reduce((sum, w) => sum + w, 0);

  let r = 1;
  mergedLine(sheet, r, width, spec.title, { font: { bold: true, size: 14 }, alignment: { horizontal: "center", vertical: "middle", wrapText: true } });
  sheet.getRow(r).height = 22 * wrappedLines(spec.title, totalWidth / 1.3);
  for (const line of spec.lines ?? []) {
    r += 1;
    mergedLine(sheet, r, width, line, { font: { italic: true }, alignment: { horizontal: "center", wrapText: true } });
  }
  if (spec.note && spec.note.length > 0) {
    r += 1;
    const note = `Cách tính: ${spec.note.join("\n")}`;
    mergedLine(sheet, r, width, note, { alignment: { vertical: "top", wrapText: true }, font: { size: 10 } });
    sheet.getRow(r).height = 14 * wrappedLines(note, totalWidth);
  }
  r += 1;
  mergedLine(sheet, r, width, spec.asOf, { font: { italic: true, size: 10 } });
  r += 2;

  const headerRows = writeHeader(sheet, r, columns);
  r += headerRows;
  const xSplit = spec.frozenColumns ?? 0;
  const firstFree = sheet.getRow(r).getCell(xSplit + 1).address;
  sheet.views = [{ state: "frozen", ySplit: r - 1, xSplit, topLeftCell: firstFree, activeCell: firstFree }];

  if (rows.length === 0) {
    mergedLine(sheet, r, width, NO_DATA_TEXT, { font: { italic: true }, alignment: { horizontal: "center" }, border: BORDERS });
    return sheet;
  }
  rows.forEach((row, index) => {
    writeValues(sheet, r, columns, columns.map((column) => column.value(row, index)), false);
    r += 1;
  });
  if (spec.hasTotals ?? columns.some((column) => column.total)) {
    const totals = totalsOf(columns, rows);
    totals[spec.totalLabelColumn ?? 0] = TOTAL_LABEL;
    writeValues(sheet, r, columns, totals, true);
  }
  return sheet;
}
