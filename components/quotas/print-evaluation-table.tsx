import { DNum, DocumentTable, DTd } from "@/components/print/document-table";
import { PersonTableHead } from "@/components/print/person-table-head";
import type { EvaluationRow } from "@/lib/exports/evaluation-rows";

/** The evaluation list: each member with a target, what was asked and done, met or not. */
export function PrintEvaluationTable({ rows }: { rows: readonly EvaluationRow[] }) {
  if (rows.length === 0) return <p className="italic">Không có dữ liệu.</p>;
  const sum = (pick: (row: EvaluationRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return (
    <DocumentTable caption="Danh sách đánh giá mức độ hoàn thành chỉ tiêu" widths={[6, 18, 19, 12, 12, 6, 6, 9, 12]}>
      <PersonTableHead doneLabel="Đã thực hiện" trailing={["Mức độ hoàn thành"]} />
      <tbody>
        {rows.map((row, index) => (
          <tr key={row.userId}>
            <DNum value={index + 1} />
            <DTd>
              {row.name}
              {row.note && <span className="block text-[0.9em] italic">({row.note})</span>}
            </DTd>
            <DTd>{row.unitName}</DTd>
            <DTd>{row.position}</DTd>
            <DTd>{row.target}</DTd>
            <DNum value={row.news} />
            <DNum value={row.articles} />
            <DNum value={row.inDepth} />
            <DTd className={row.isMet ? "" : "font-bold"}>{row.result}</DTd>
          </tr>
        ))}
        <tr className="font-bold">
          <DTd colSpan={5} className="text-center">
            Tổng cộng ({rows.length} đồng chí)
          </DTd>
          <DNum value={sum((row) => row.news)} />
          <DNum value={sum((row) => row.articles)} />
          <DNum value={sum((row) => row.inDepth)} />
          <DTd />
        </tr>
      </tbody>
    </DocumentTable>
  );
}
