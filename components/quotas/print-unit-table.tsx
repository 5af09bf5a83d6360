import { DNum, DocumentTable, DTd, DTh } from "@/components/print/document-table";
import { quotaStatusLabel, quotaTargetText, remainingText } from "@/lib/quotas/quota-labels";
import type { UnitQuotaRow } from "@/lib/quotas/quota-types";

/** The units' results in the printed report: target, done by kind, what is missing, how many of their people met theirs. */
export function PrintUnitTable({ units }: { units: readonly UnitQuotaRow[] }) {
  if (units.length === 0) return <p className="italic">Kế hoạch năm nay không đặt chỉ tiêu cho đơn vị.</p>;
  return (
    <DocumentTable caption="Kết quả thực hiện chỉ tiêu của các đơn vị" widths={[6, 26, 13, 7, 7, 8, 11, 10, 12]}>
      <thead>
        <tr>
          <DTh rowSpan={2}>STT</DTh>
          <DTh rowSpan={2}>Đơn vị</DTh>
          <DTh rowSpan={2}>Chỉ tiêu</DTh>
          <DTh colSpan={3}>Đã viết</DTh>
          <DTh rowSpan={2}>Còn thiếu</DTh>
          <DTh rowSpan={2}>Cá nhân hoàn thành</DTh>
          <DTh rowSpan={2}>Kết quả</DTh>
        </tr>
        <tr>
          <DTh>Tin</DTh>
          <DTh>Bài</DTh>
          <DTh>Tổng</DTh>
        </tr>
      </thead>
      <tbody>
        {units.map((unit, index) => (
          <tr key={unit.unitId}>
            <DNum value={index + 1} />
            <DTd>{unit.name}</DTd>
            <DTd>{quotaTargetText(unit.evaluation.target)}</DTd>
            <DNum value={unit.evaluation.done.news} />
            <DNum value={unit.evaluation.done.articles} />
            <DNum value={unit.evaluation.done.total} />
            <DTd>{remainingText(unit.evaluation)}</DTd>
            <DNum value={`${unit.peopleCompleted}/${unit.peopleWithTarget}`} />
            <DTd>{quotaStatusLabel(unit.evaluation.status)}</DTd>
          </tr>
        ))}
      </tbody>
    </DocumentTable>
  );
}
