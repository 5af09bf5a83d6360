import { isQuotaMet } from "@/lib/quotas/counting-rule";
import { quotaStatusLabel } from "@/lib/quotas/quota-labels";
import type { MonthlyParticipation, PersonQuotaRow, QuotaEvaluation, UnitQuotaRow } from "@/lib/quotas/quota-types";
import { UNIT_KIND_LABELS } from "@/lib/units/labels";
import { positionLabel } from "@/lib/users/labels";
import type { CellValue, SheetColumn } from "./xlsx-sheet";

// The columns of the quota workbook's sheets. "Tin hoặc bài" (a minimum of
// items of any kind) only appears when some row's target asks for it, so the
// people sheet of a plan without such rules stays narrow.

type Evaluated = { evaluation: QuotaEvaluation };

const index = <Row>(): SheetColumn<Row> => ({ header: "STT", value: (_row, i) => i + 1, align: "center" });

export const asksForAny = (rows: readonly Evaluated[]) => rows.some((row) => row.evaluation.target.minAny > 0);

/** "12/30 hoàn thành": met over rows with a target, for a totals row. */
export function metShare(rows: readonly Evaluated[]): string {
  const withTarget = rows.filter((row) => row.evaluation.status !== "NO_TARGET");
  return `${withTarget.filter((row) => isQuotaMet(row.evaluation)).length}/${withTarget.length} hoàn thành`;
}

/** Target, done and remaining by kind, the total done, `extra`, then the status. */
function evaluationColumns<Row extends Evaluated>(withAny: boolean, extra: SheetColumn<Row>[] = []): SheetColumn<Row>[] {
  const num = (group: string, header: string, pick: (e: QuotaEvaluation) => number): SheetColumn<Row> => ({
    group,
    header,
    value: (row) => (row.evaluation.status === "NO_TARGET" && group !== "Đã viết" ? null : pick(row.evaluation)),
    total: "sum",
  });
  const any = (group: string, pick: (e: QuotaEvaluation) => number) => (withAny ? [num(group, "Tin hoặc bài", pick)] : []);
  return [
    num("Chỉ tiêu", "Tin", (e) => e.target.minNews),
    num("Chỉ tiêu", "Bài", (e) => e.target.minArticles),
    num("Chỉ tiêu", "Bài chuyên sâu", (e) => e.target.minInDepth),
    ...any("Chỉ tiêu", (e) => e.target.minAny),
    num("Đã viết", "Tin", (e) => e.done.news),
    num("Đã viết", "Bài", (e) => e.done.articles),
    num("Đã viết", "Bài chuyên sâu", (e) => e.done.inDepth),
    num("Còn thiếu", "Tin", (e) => e.remaining.news),
    num("Còn thiếu", "Bài", (e) => e.remaining.articles),
    num("Còn thiếu", "Bài chuyên sâu", (e) => e.remaining.inDepth),
    ...any("Còn thiếu", (e) => e.remaining.any),
    { header: "Tổng số tin, bài đã viết", value: (row) => row.evaluation.done.total, total: "sum", maxWidth: 12 },
    ...extra,
    { header: "Trạng thái", value: (row) => quotaStatusLabel(row.evaluation.status), total: (rows) => metShare(rows) },
  ];
}

export function personColumns(rows: readonly PersonQuotaRow[]): SheetColumn<PersonQuotaRow>[] {
  return [
    index(),
    { header: "Họ và tên", value: (row) => (row.isActive ? row.name : `${row.name} (đã nghỉ)`), maxWidth: 32 },
    { header: "Đơn vị", value: (row) => row.unitName, maxWidth: 40 },
    { header: "Chức vụ", value: (row) => positionLabel(row.position), maxWidth: 22 },
    ...evaluationColumns<PersonQuotaRow>(asksForAny(rows)),
  ];
}

export function unitColumns(rows: readonly UnitQuotaRow[]): SheetColumn<UnitQuotaRow>[] {
  return [
    index(),
    { header: "Đơn vị", value: (row) => row.name, maxWidth: 40 },
    { header: "Loại đơn vị", value: (row) => UNIT_KIND_LABELS[row.kind] },
    { header: "Trực thuộc", value: (row) => row.parentName ?? "", maxWidth: 30 },
    ...evaluationColumns<UnitQuotaRow>(asksForAny(rows), [
      { group: "Người có chỉ tiêu", header: "Tổng số", value: (row) => row.peopleWithTarget, total: "sum" },
      { group: "Người có chỉ tiêu", header: "Hoàn thành", value: (row) => row.peopleCompleted, total: "sum" },
    ]),
  ];
}

type MonthlyRow = MonthlyParticipation["rows"][number];

/** Units that must write every month: items per month, the year's total and the months without any. */
export function monthlyColumns(months: readonly number[]): SheetColumn<MonthlyRow>[] {
  const monthColumns = months.map(
    (month, m): SheetColumn<MonthlyRow> => ({ group: "Số tin, bài theo tháng", header: `Tháng ${month}`, value: (row) => row.counts[m] ?? 0, total: "sum" }),
  );
  return [
    index(),
    { header: "Đơn vị", value: (row) => row.name, maxWidth: 40 },
    { header: "Loại đơn vị", value: (row) => UNIT_KIND_LABELS[row.kind] },
    { header: "Tối thiểu mỗi tháng", value: (row) => row.minPerMonth, maxWidth: 11 },
    ...monthColumns,
    { header: "Cả năm", value: (row) => row.counts.reduce((sum, count) => sum + count, 0), total: "sum" },
    {
      header: "Số tháng chưa đạt",
      value: (row): CellValue => months.filter((_month, m) => (row.counts[m] ?? 0) < Math.max(1, row.minPerMonth)).length,
      maxWidth: 11,
    },
  ];
}
