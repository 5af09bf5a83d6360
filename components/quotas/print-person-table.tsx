import { DNum, DocumentTable, DTd } from "@/components/print/document-table";
import { PersonTableHead } from "@/components/print/person-table-head";
import { quotaStatusLabel, quotaTargetText, remainingText } from "@/lib/quotas/quota-labels";
import type { PersonQuotaRow } from "@/lib/quotas/quota-types";
import { positionLabel } from "@/lib/users/labels";

/** Each person's result in the printed report, in the dashboard's order, with a totals row. */
export function PrintPersonTable({ people }: { people: readonly PersonQuotaRow[] }) {
  if (people.length === 0) return <p className="italic">Không có dữ liệu.</p>;
  const sum = (pick: (row: PersonQuotaRow) => number) => people.reduce((total, row) => total + pick(row), 0);
  return (
    <DocumentTable caption="Kết quả thực hiện chỉ tiêu của từng cá nhân" widths={[5, 17, 16, 11, 12, 6, 6, 8, 9, 10]}>
      <PersonTableHead doneLabel="Đã viết" trailing={["Còn thiếu", "Kết quả"]} />
      <tbody>
        {people.map((person, index) => (
          <tr key={person.userId}>
            <DNum value={index + 1} />
            <DTd>{person.isActive ? person.name : `${person.name} (đã nghỉ)`}</DTd>
            <DTd>{person.unitName}</DTd>
            <DTd>{positionLabel(person.position)}</DTd>
            <DTd>{person.evaluation.status === "NO_TARGET" ? "—" : quotaTargetText(person.evaluation.target)}</DTd>
            <DNum value={person.evaluation.done.news} />
            <DNum value={person.evaluation.done.articles} />
            <DNum value={person.evaluation.done.inDepth} />
            <DTd>{remainingText(person.evaluation)}</DTd>
            <DTd>{quotaStatusLabel(person.evaluation.status)}</DTd>
          </tr>
        ))}
        <tr className="font-bold">
          <DTd colSpan={5} className="text-center">
            Tổng cộng ({people.length} người)
          </DTd>
          <DNum value={sum((row) => row.evaluation.done.news)} />
          <DNum value={sum((row) => row.evaluation.done.articles)} />
          <DNum value={sum((row) => row.evaluation.done.inDepth)} />
          <DTd colSpan={2} />
        </tr>
      </tbody>
    </DocumentTable>
  );
}
