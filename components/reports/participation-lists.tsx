import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { formatCount } from "@/lib/reports/report-labels";
import type { ActivityReport } from "@/lib/reports/report-types";

// Who the year's plan asks to write, and who did in the period: people with
// a personal target, and units with a unit rule. With two thousand people
// the page shows the first names of each list; the Excel workbook has all.

const SHOWN_WRITERS = 50;
const SHOWN_NAMES = 300;

function More({ shown, total }: { shown: number; total: number }) {
  if (total <= shown) return null;
  return (
    <p className="text-sm text-stone-600">
      Trang này hiện {formatCount(shown)} trên {formatCount(total)} người; danh sách đầy đủ có trong bản Excel.
    </p>
  );
}

function Names({ title, names, empty }: { title: string; names: readonly { key: number; name: string; detail?: string }[]; empty: string }) {
  return (
    <div className="rounded border border-stone-200 bg-white p-4">
      <h4 className="font-semibold text-stone-900">
        {title} ({formatCount(names.length)})
      </h4>
      {names.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600">{empty}</p>
      ) : (
        <ul className="mt-2 max-h-96 space-y-1 overflow-y-auto text-sm">
          {names.slice(0, SHOWN_NAMES).map((entry) => (
            <li key={entry.key}>
              <span className="text-stone-900">{entry.name}</span>
              {entry.detail && <span className="text-stone-600"> — {entry.detail}</span>}
            </li>
          ))}
        </ul>
      )}
      {names.length > SHOWN_NAMES && <p className="mt-2 text-sm text-stone-600">… và {formatCount(names.length - SHOWN_NAMES)} nữa (xem bản Excel).</p>}
    </div>
  );
}

export function WritersSection({ report }: { report: ActivityReport }) {
  if (!report.hasPlan) return <EmptyState>Năm {report.planYear} chưa có kế hoạch chỉ tiêu, nên chưa xác định được ai phải viết.</EmptyState>;
  return (
    <div className="space-y-3">
      {report.writers.length > 0 && (
        <Table caption="Người có chỉ tiêu đã viết trong kỳ">
          <THead>
            <tr>
              <Th>Người viết</Th>
              <Th>Đơn vị</Th>
              <Th className="text-right">Tin, bài trong kỳ</Th>
            </tr>
          </THead>
          <tbody>
            {report.writers.slice(0, SHOWN_WRITERS).map((writer) => (
              <tr key={writer.userId}>
                <Td className="min-w-48">{writer.name}</Td>
                <Td className="min-w-48">{writer.unitName}</Td>
                <Td className="text-right font-semibold tabular-nums">{formatCount(writer.count)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <More shown={SHOWN_WRITERS} total={report.writers.length} />
      <Names
        title="Chưa có tin, bài trong kỳ"
        names={report.nonWriters.map((person) => ({ key: person.userId, name: person.name, detail: person.unitName }))}
        empty="Mọi người có chỉ tiêu đều đã có tin, bài được đăng trong kỳ."
      />
    </div>
  );
}

export function UnitsSection({ report }: { report: ActivityReport }) {
  if (!report.hasPlan) return null;
  if (report.unitsWrote.length + report.unitsSilent.length === 0) {
    return <EmptyState>Kế hoạch năm {report.planYear} không có chỉ tiêu theo đơn vị.</EmptyState>;
  }
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <Names
        title="Đơn vị đã viết"
        names={report.unitsWrote.map((unit) => ({ key: unit.unitId, name: unit.name, detail: `${formatCount(unit.count)} tin, bài` }))}
        empty="Chưa đơn vị nào có tin, bài trong kỳ."
      />
      <Names
        title="Đơn vị chưa viết"
        names={report.unitsSilent.map((unit) => ({ key: unit.unitId, name: unit.name }))}
        empty="Mọi đơn vị có chỉ tiêu đều đã có tin, bài trong kỳ."
      />
    </div>
  );
}
