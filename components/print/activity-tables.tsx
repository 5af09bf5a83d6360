import { formatShortDate } from "@/lib/content/dates";
import type { ActivityReport, SectionCadenceRow } from "@/lib/reports/report-types";
import { cadenceText } from "@/lib/sections/labels";
import { DNum, DocumentTable, DTd, DTh } from "./document-table";

/** The most-read items published in the period. */
export function TopItemsTable({ items }: { items: ActivityReport["topItems"] }) {
  if (items.length === 0) return <p className="italic">Không có dữ liệu.</p>;
  return (
    <DocumentTable caption="Tin, bài được đọc nhiều nhất" widths={[7, 51, 17, 13, 12]}>
      <thead>
        <tr>
          <DTh>STT</DTh>
          <DTh>Tiêu đề</DTh>
          <DTh>Chuyên mục</DTh>
          <DTh>Ngày đăng</DTh>
          <DTh>Lượt xem</DTh>
        </tr>
      </thead>
      <tbody>
        {items.map((item, index) => (
          <tr key={item.id}>
            <DNum value={index + 1} />
            <DTd>{item.title}</DTd>
            <DTd>{item.sectionName ?? ""}</DTd>
            <DNum value={formatShortDate(item.publishedAt)} />
            <DNum value={item.views.toLocaleString("vi-VN")} />
          </tr>
        ))}
      </tbody>
    </DocumentTable>
  );
}

/** Each section against its cadence over the period. */
export function CadenceTable({ rows }: { rows: readonly SectionCadenceRow[] }) {
  if (rows.length === 0) return <p className="italic">Không có dữ liệu.</p>;
  return (
    <DocumentTable caption="Nhịp đăng của các chuyên mục" widths={[6, 22, 20, 9, 9, 11, 11, 12]}>
      <thead>
        <tr>
          <DTh>STT</DTh>
          <DTh>Chuyên mục</DTh>
          <DTh>Nhịp đăng đặt ra</DTh>
          <DTh>Cần đăng</DTh>
          <DTh>Đã đăng</DTh>
          <DTh>Số ngày từ tin, bài gần nhất</DTh>
          <DTh>Khoảng trống dài nhất (ngày)</DTh>
          <DTh>Đánh giá</DTh>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={row.sectionId}>
            <DNum value={index + 1} />
            <DTd>{row.name}</DTd>
            <DTd>{cadenceText(row.cadence, row.cadenceTarget)}</DTd>
            <DNum value={row.expected} />
            <DNum value={row.published} />
            <DNum value={row.daysSinceLast ?? "—"} />
            <DNum value={row.longestGapDays} />
            <DTd className={row.isBehind ? "font-bold" : ""}>{row.isBehind ? "Chậm so với nhịp" : row.cadence === "NONE" ? "" : "Đạt"}</DTd>
          </tr>
        ))}
      </tbody>
    </DocumentTable>
  );
}
