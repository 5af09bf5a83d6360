import Link from "next/link";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { formatShortDate } from "@/lib/content/dates";
import { kindLabel } from "@/lib/items/item-labels";
import { countBucket } from "@/lib/quotas/counting-rule";
import type { CountedItem, KindCounts } from "@/lib/quotas/quota-types";
import { itemPath } from "@/lib/urls";

/** What the listed items add up to, by the counting rule itself: the sums a reader checks against the dashboard. */
export function sumCountedItems(items: readonly CountedItem[]): KindCounts & { total: number } {
  const sum = { news: 0, articles: 0, inDepth: 0, total: 0 };
  for (const item of items) {
    const bucket = countBucket(item.kind, item.isInDepth);
    sum.news += bucket.news;
    sum.articles += bucket.articles;
    sum.inDepth += bucket.inDepth;
    sum.total += bucket.news + bucket.articles;
  }
  return sum;
}

/** The items that counted for one person, in the loader's order, each linking to its public page, with the sums in the footer. */
export function CountedItemsTable({ items, caption, personName }: { items: readonly CountedItem[]; caption: string; personName: string }) {
  const sum = sumCountedItems(items);
  // The person is an author of every row: list the others.
  const coAuthors = (names: readonly string[]) => {
    const index = names.indexOf(personName);
    return index === -1 ? names : [...names.slice(0, index), ...names.slice(index + 1)];
  };
  return (
    <Table caption={caption}>
      <THead>
        <tr>
          <Th className="w-10 text-right">STT</Th>
          <Th>Tiêu đề</Th>
          <Th>Loại</Th>
          <Th>Ngày đăng</Th>
          <Th>Chuyên mục</Th>
          <Th>Đồng tác giả</Th>
        </tr>
      </THead>
      <tbody>
        {items.map((item, index) => (
          <tr key={item.id} className="hover:bg-stone-50">
            <Td className="text-right tabular-nums">{index + 1}</Td>
            <Td className="min-w-64">
              <Link href={itemPath(item.slug)} className="font-semibold text-brand underline-offset-2 hover:underline">
                {item.title}
              </Link>
            </Td>
            <Td className="whitespace-nowrap">{kindLabel(item.kind, item.isInDepth)}</Td>
            <Td className="whitespace-nowrap">
              <time dateTime={item.publishedAt}>{formatShortDate(item.publishedAt)}</time>
            </Td>
            <Td className="min-w-36">{item.sectionNames.join(", ") || "—"}</Td>
            <Td className="min-w-36">{coAuthors(item.authorNames).join(", ") || "—"}</Td>
          </tr>
        ))}
      </tbody>
      <tfoot className="border-t-2 border-stone-300 bg-stone-50 font-semibold text-stone-900">
        <tr>
          <Td colSpan={6}>
            Cộng: <span data-sum="news">{sum.news} tin</span>, <span data-sum="articles">{sum.articles} bài</span>
            {sum.inDepth > 0 && <> (trong đó {sum.inDepth} bài chuyên sâu)</>} — tổng cộng <span data-sum="total">{sum.total}</span> tin, bài.
          </Td>
        </tr>
      </tfoot>
    </Table>
  );
}
