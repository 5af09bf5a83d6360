import "server-only";
import type ExcelJS from "exceljs";
import { DOCUMENT_TYPE_LABELS } from "@/lib/documents/document-type-labels";
import { kindLabel } from "@/lib/items/item-labels";
import { CHANNEL_LABELS } from "@/lib/channels/labels";
import type { ChannelActivity, ChannelCadenceRow } from "@/lib/reports/channel-math";
import type { ActivityReport, SectionCadenceRow } from "@/lib/reports/report-types";
import { cadenceText } from "@/lib/sections/labels";
import { UNIT_KIND_LABELS } from "@/lib/units/labels";
import { activityFigures, activityTitle, changeRatio, comparedWithText, unitActivityRows, writerRows } from "@/lib/exports/activity-rows";
import { asOfText, excelDay } from "@/lib/exports/export-text";
import { newWorkbook, workbookBuffer } from "@/lib/server/exports/workbook";
import { addReportSheet, type SheetColumn, type SheetSpec } from "@/lib/exports/xlsx-sheet";

// The activity report (báo cáo hoạt động) as a workbook: one sheet per table
// of the page, each with the period, the previous period and the change.

type Counted = { count: number; previous: number | null };

const STT = <Row>(): SheetColumn<Row> => ({ header: "STT", value: (_row, i) => i + 1, align: "center" });

/** This period, the previous one, the change and the change in per cent. */
function comparisonColumns<Row extends Counted>(numFmt = "#,##0"): SheetColumn<Row>[] {
  return [
    { header: "Kỳ này", value: (row) => row.count, total: "sum", numFmt },
    { header: "Kỳ trước", value: (row) => row.previous, total: "sum", numFmt },
    { header: "Tăng, giảm", value: (row) => (row.previous === null ? null : row.count - row.previous), total: "sum", numFmt: "+#,##0;-#,##0;0" },
    { header: "Tỷ lệ tăng, giảm", value: (row) => changeRatio(row.count, row.previous), numFmt: "+0.0%;-0.0%;0.0%" },
  ];
}

/** Fanpage posts and radio broadcasts (issue 11): two more sheets when given. */
export type ChannelSheets = { activity: ChannelActivity; cadence: readonly ChannelCadenceRow[] };

export function activityWorkbook(report: ActivityReport, cadence: readonly SectionCadenceRow[], channels?: ChannelSheets): ExcelJS.Workbook {
  const title = activityTitle(report.period);
  const workbook = newWorkbook(title);
  const common = { title, lines: [comparedWithText(report)], asOf: asOfText(report.computedAt) };
  const sheet = <Row>(spec: Omit<SheetSpec<Row>, "title" | "lines" | "asOf">) => addReportSheet<Row>(workbook, { ...common, ...spec });

  sheet({
    name: "Tổng hợp",
    columns: [STT(), { header: "Nội dung", value: (row) => row.label, maxWidth: 40 }, ...comparisonColumns<ReturnType<typeof activityFigures>[number]>()],
    rows: activityFigures(report),
    hasTotals: false,
  });
  sheet({
    name: "Chuyên mục",
    columns: [STT(), { header: "Chuyên mục", value: (row) => row.name, maxWidth: 40 }, ...comparisonColumns<ActivityReport["bySection"][number]>()],
    rows: report.bySection,
    totalLabelColumn: 1,
  });
  sheet({
    name: "Loại tin bài",
    columns: [
      STT(),
      { header: "Loại tin, bài", value: (row) => kindLabel(row.kind, row.isInDepth) },
      ...comparisonColumns<ActivityReport["byKind"][number]>(),
    ],
    rows: report.byKind,
    totalLabelColumn: 1,
  });
  type UnitRow = ReturnType<typeof unitActivityRows>[number];
  sheet({
    name: "Đơn vị",
    columns: [
      STT(),
      { header: "Đơn vị", value: (row: UnitRow) => row.name, maxWidth: 40 },
      { header: "Loại đơn vị", value: (row: UnitRow) => (row.kind ? UNIT_KIND_LABELS[row.kind] : "") },
      ...comparisonColumns<UnitRow>(),
      { header: "Ghi chú", value: (row: UnitRow) => (row.isSilent ? "Có chỉ tiêu, chưa có tin, bài trong kỳ" : ""), maxWidth: 40 },
    ],
    rows: unitActivityRows(report),
    totalLabelColumn: 1,
  });
  type WriterRow = ReturnType<typeof writerRows>[number];
  sheet({
    name: "Người viết",
    columns: [
      STT(),
      { header: "Họ và tên", value: (row: WriterRow) => row.name, maxWidth: 32 },
      { header: "Đơn vị", value: (row: WriterRow) => row.unitName, maxWidth: 40 },
      { header: "Số tin, bài trong kỳ", value: (row: WriterRow) => row.count, total: "sum", maxWidth: 12 },
      { header: "Ghi chú", value: (row: WriterRow) => (row.count === 0 ? "Có chỉ tiêu, chưa viết trong kỳ" : "") },
    ],
    rows: writerRows(report),
    totalLabelColumn: 1,
  });
  type TopItem = ActivityReport["topItems"][number];
  sheet({
    name: "Đọc nhiều nhất",
    columns: [
      STT(),
      { header: "Tiêu đề", value: (row: TopItem) => row.title, maxWidth: 60 },
      { header: "Chuyên mục", value: (row: TopItem) => row.sectionName ?? "", maxWidth: 30 },
      { header: "Ngày đăng", value: (row: TopItem) => excelDay(row.publishedAt), numFmt: "dd/mm/yyyy", align: "center" },
      { header: "Lượt xem", value: (row: TopItem) => row.views, numFmt: "#,##0" },
    ],
    rows: report.topItems,
    hasTotals: false,
  });
  sheet({
    name: "Văn bản",
    columns: [
      STT(),
      { header: "Loại văn bản", value: (row: ActivityReport["documentsByType"][number]) => DOCUMENT_TYPE_LABELS[row.type] },
      ...comparisonColumns<ActivityReport["documentsByType"][number]>(),
    ],
    rows: report.documentsByType,
    totalLabelColumn: 1,
  });
  sheet({
    name: "Nhịp đăng",
    columns: [
      STT(),
      { header: "Chuyên mục", value: (row: SectionCadenceRow) => row.name, maxWidth: 40 },
      { header: "Nhịp đăng đặt ra", value: (row: SectionCadenceRow) => cadenceText(row.cadence, row.cadenceTarget), maxWidth: 36 },
      { header: "Số tin, bài cần đăng", value: (row: SectionCadenceRow) => row.expected, total: "sum", maxWidth: 12 },
      { header: "Đã đăng", value: (row: SectionCadenceRow) => row.published, total: "sum" },
      { header: "Số ngày từ tin, bài gần nhất", value: (row: SectionCadenceRow) => row.daysSinceLast, maxWidth: 14 },
      { header: "Khoảng trống dài nhất (ngày)", value: (row: SectionCadenceRow) => row.longestGapDays, maxWidth: 14 },
      { header: "Đánh giá", value: (row: SectionCadenceRow) => (row.isBehind ? "Chậm so với nhịp" : row.cadence === "NONE" ? "" : "Đạt") },
    ],
    rows: cadence,
    totalLabelColumn: 1,
  });
  if (channels) addChannelSheets(sheet, channels);
  return workbook;
}

type AddSheet = <Row>(spec: Omit<SheetSpec<Row>, "title" | "lines" | "asOf">) => unknown;

function addChannelSheets(sheet: AddSheet, channels: ChannelSheets) {
  type SectionRow = ChannelActivity["bySection"][number];
  sheet<SectionRow>({
    name: "Fanpage, phát thanh",
    columns: [
      STT(),
      { header: "Chuyên mục chính", value: (row) => row.name || "Không có chuyên mục chính", maxWidth: 40 },
      { header: "Fanpage kỳ này", value: (row) => row.counts.FANPAGE.count, total: "sum" },
      { header: "Fanpage kỳ trước", value: (row) => row.counts.FANPAGE.previous, total: "sum" },
      { header: "Phát thanh kỳ này", value: (row) => row.counts.RADIO.count, total: "sum" },
      { header: "Phát thanh kỳ trước", value: (row) => row.counts.RADIO.previous, total: "sum" },
    ],
    rows: channels.activity.bySection,
    totalLabelColumn: 1,
  });
  sheet<ChannelCadenceRow>({
    name: "Nhịp theo kênh",
    columns: [
      STT(),
      { header: "Chuyên mục", value: (row) => row.name, maxWidth: 40 },
      { header: "Kênh", value: (row) => CHANNEL_LABELS[row.channel] },
      { header: "Nhịp đặt ra", value: (row) => cadenceText(row.cadence, row.target).replace("tin, bài", row.channel === "RADIO" ? "lần phát" : "lần đăng"), maxWidth: 36 },
      { header: "Cần", value: (row) => row.expected, total: "sum" },
      { header: "Đã có", value: (row) => row.posted, total: "sum" },
      { header: "Đánh giá", value: (row) => (row.isBehind ? "Chậm so với nhịp" : "Đạt") },
    ],
    rows: channels.cadence,
    totalLabelColumn: 1,
  });
}

export const activityWorkbookBuffer = (report: ActivityReport, cadence: readonly SectionCadenceRow[], channels?: ChannelSheets): Promise<Buffer> =>
  workbookBuffer(activityWorkbook(report, cadence, channels));
