import { CountTable } from "@/components/reports/count-table";
import { DOCUMENT_TYPE_LABELS } from "@/lib/documents/document-type-labels";
import { kindLabel } from "@/lib/items/item-labels";
import type { ActivityReport } from "@/lib/reports/report-types";
import { UNIT_KIND_LABELS } from "@/lib/units/labels";
import { EmptyState } from "@/components/ui/empty-state";

// The report's dimensions as tables, each with this period, the previous one
// and the change.

function Block({ id, title, note, children }: { id: string; title: string; note?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="min-w-0 space-y-2">
      <h3 id={id} className="text-lg font-bold text-stone-900">
        {title}
      </h3>
      {note && <p className="text-sm text-stone-600">{note}</p>}
      {children}
    </section>
  );
}

export function SectionKindTables({ report }: { report: ActivityReport }) {
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <Block id="theo-chuyen-muc" title="Theo chuyên mục" note="Mỗi tin, bài tính một lần, ở chuyên mục chính.">
        <CountTable
          caption="Tin, bài theo chuyên mục chính"
          nameHeading="Chuyên mục"
          rows={report.bySection.map((row) => ({ key: row.sectionId, name: row.sectionId === 0 ? "Chưa xếp chuyên mục chính" : row.name, count: row.count, previous: row.previous }))}
          total={report.totals.items}
        />
      </Block>
      <Block id="theo-loai" title="Theo loại tin, bài">
        <CountTable
          caption="Tin, bài theo loại"
          nameHeading="Loại"
          rows={report.byKind.map((row) => ({ key: `${row.kind}-${row.isInDepth}`, name: kindLabel(row.kind, row.isInDepth), count: row.count, previous: row.previous }))}
          total={report.totals.items}
        />
      </Block>
    </div>
  );
}

export function UnitDocumentTables({ report }: { report: ActivityReport }) {
  return (
    <div className="space-y-6">
      <Block id="theo-don-vi" title="Theo đơn vị" note="Đơn vị của tác giả lúc đăng; tin, bài có tác giả ở hai đơn vị được tính cho cả hai.">
        {report.byUnit.length === 0 ? (
          <EmptyState>Không có tin, bài nào có tác giả trong kỳ này hay kỳ trước.</EmptyState>
        ) : (
          <CountTable
            caption="Tin, bài theo đơn vị của tác giả"
            nameHeading="Đơn vị"
            detailHeading="Loại đơn vị"
            rows={report.byUnit.map((row) => ({ key: row.unitId, name: row.name, detail: UNIT_KIND_LABELS[row.kind], count: row.count, previous: row.previous }))}
          />
        )}
      </Block>
      <Block id="van-ban" title="Văn bản đã công bố">
        {report.documentsByType.length === 0 ? (
          <EmptyState>Không có văn bản nào được công bố trong kỳ này hay kỳ trước.</EmptyState>
        ) : (
          <CountTable
            caption="Văn bản công bố theo loại"
            nameHeading="Loại văn bản"
            rows={report.documentsByType.map((row) => ({ key: row.type, name: DOCUMENT_TYPE_LABELS[row.type], count: row.count, previous: row.previous }))}
            total={report.totals.documents}
          />
        )}
      </Block>
    </div>
  );
}
