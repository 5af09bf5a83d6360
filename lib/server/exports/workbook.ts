import "server-only";
import ExcelJS from "exceljs";

// A new workbook with its properties set, and its bytes. Pure.

export const WORKBOOK_CREATOR = "Trang thông tin điện tử";

export function newWorkbook(title: string, now: Date = new Date()): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = WORKBOOK_CREATOR;
  workbook.title = title;
  workbook.created = now;
  workbook.modified = now;
  return workbook;
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
