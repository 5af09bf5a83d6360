import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { formatShortDate } from "@/lib/content/dates";
import { formatCount } from "@/lib/reports/report-labels";
import type { ActivityReport } from "@/lib/reports/report-types";
import { itemPath } from "@/lib/urls";

/** The most-read items published in the period, views counted to date. */
export function TopItemsTable({ items }: { items: ActivityReport["topItems"] }) {
  if (items.length === 0) return <EmptyState>Chưa có tin, bài nào đăng trong kỳ được đọc.</EmptyState>;
  return (
    <Table caption="Tin, bài được đọc nhiều nhất trong kỳ">
      <THead>
        <tr>
          <Th className="text-right">#</Th>
          <Th>Tiêu đề</Th>
          <Th>Chuyên mục</Th>
          <Th>Ngày đăng</Th>
          <Th className="text-right">Lượt xem</Th>
        </tr>
      </THead>
      <tbody>
        {items.map((item, index) => (
          <tr key={item.id}>
            <Td className="text-right tabular-nums text-stone-600">{index + 1}</Td>
            <Td className="min-w-64">
              <Link href={itemPath(item.slug)} className="text-stone-900 underline-offset-2 hover:text-brand hover:underline">
                {item.title}
              </Link>
            </Td>
            <Td className="whitespace-nowrap">{item.sectionName ?? "—"}</Td>
            <Td className="whitespace-nowrap tabular-nums">{formatShortDate(item.publishedAt)}</Td>
            <Td className="text-right font-semibold tabular-nums">{formatCount(item.views)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
