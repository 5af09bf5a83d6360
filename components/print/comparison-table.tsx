import { changeText } from "@/lib/exports/activity-rows";
import { DNum, DocumentTable, DTd, DTh } from "./document-table";

export type ComparisonRow = { key: string | number; name: string; count: number; previous: number | null; note?: string };

const number = (value: number) => value.toLocaleString("vi-VN");
const signed = (value: number) => (value > 0 ? `+${number(value)}` : value < 0 ? `−${number(-value)}` : "0");

/** A count this period against the previous one: the change and its share; optionally a totals row. */
export function ComparisonTable({ caption, nameHeader, rows, hasTotal = true }: { caption: string; nameHeader: string; rows: readonly ComparisonRow[]; hasTotal?: boolean }) {
  if (rows.length === 0) return <p className="italic">Không có dữ liệu.</p>;
  const hasNotes = rows.some((row) => row.note);
  const count = rows.reduce((sum, row) => sum + row.count, 0);
  const previous = rows.reduce((sum, row) => sum + (row.previous ?? 0), 0);
  return (
    <DocumentTable caption={caption} widths={hasNotes ? [7, 35, 11, 11, 11, 11, 14] : [7, 45, 12, 12, 12, 12]}>
      <thead>
        <tr>
          <DTh>STT</DTh>
          <DTh>{nameHeader}</DTh>
          <DTh>Kỳ này</DTh>
          <DTh>Kỳ trước</DTh>
          <DTh>Tăng, giảm</DTh>
          <DTh>Tỷ lệ</DTh>
          {hasNotes && <DTh>Ghi chú</DTh>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={row.key}>
            <DNum value={index + 1} />
            <DTd>{row.name}</DTd>
            <DNum value={number(row.count)} />
            <DNum value={row.previous === null ? "" : number(row.previous)} />
            <DNum value={row.previous === null ? "" : signed(row.count - row.previous)} />
            <DNum value={changeText(row.count, row.previous)} />
            {hasNotes && <DTd className="text-[0.9em] italic">{row.note ?? ""}</DTd>}
          </tr>
        ))}
        {hasTotal && (
          <tr className="font-bold">
            <DTd colSpan={2} className="text-center">
              Tổng cộng
            </DTd>
            <DNum value={number(count)} />
            <DNum value={number(previous)} />
            <DNum value={signed(count - previous)} />
            <DNum value={changeText(count, previous)} />
            {hasNotes && <DTd />}
          </tr>
        )}
      </tbody>
    </DocumentTable>
  );
}
