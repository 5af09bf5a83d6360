import { DTh } from "@/components/print/document-table";

/**
 * The two-row head of a printed per-person table: who, what was asked, what
 * was written by kind (under `doneLabel`), then the table's own last columns.
 */
export function PersonTableHead({ doneLabel, trailing }: { doneLabel: string; trailing: readonly string[] }) {
  return (
    <thead>
      <tr>
        <DTh rowSpan={2}>STT</DTh>
        <DTh rowSpan={2}>Họ và tên</DTh>
        <DTh rowSpan={2}>Đơn vị</DTh>
        <DTh rowSpan={2}>Chức vụ</DTh>
        <DTh rowSpan={2}>Chỉ tiêu</DTh>
        <DTh colSpan={3}>{doneLabel}</DTh>
        {trailing.map((label) => (
          <DTh key={label} rowSpan={2}>
            {label}
          </DTh>
        ))}
      </tr>
      <tr>
        <DTh>Tin</DTh>
        <DTh>Bài</DTh>
        <DTh>
          <abbr title="Bài chuyên sâu" className="no-underline">
            Chuyên sâu
          </abbr>
        </DTh>
      </tr>
    </thead>
  );
}
