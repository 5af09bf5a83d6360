// Reads a workbook's bytes back with exceljs, as Excel would open them.
import ExcelJS from "exceljs";

export async function readWorkbook(bytes: Buffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** A row's values from column A (exceljs' values are 1-based). */
export function rowValues(sheet: ExcelJS.Worksheet, rowNumber: number): unknown[] {
  const values = sheet.getRow(rowNumber).values as unknown[];
  return Array.from({ length: sheet.columnCount }, (_, c) => values[c + 1] ?? null);
}

/** The first row whose first cell is `text`. */
export function findRow(sheet: ExcelJS.Worksheet, text: unknown, column = 1): number {
  for (let r = 1; r <= sheet.rowCount; r += 1) if (sheet.getRow(r).getCell(column).value === text) return r;
  throw new Error(`No row starting with ${String(text)} in ${sheet.name}`);
}

export function sheetByName(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`No sheet ${name}: ${workbook.worksheets.map((s) => s.name).join(", ")}`);
  return sheet;
}
