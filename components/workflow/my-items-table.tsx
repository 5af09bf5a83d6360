import Link from "next/link";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { ItemStatusBadge } from "@/components/workflow/item-status-badge";
import { formatDateTime } from "@/lib/content/dates";
import type { MyItemRow } from "@/lib/server/items/lists/list-my-items";
import { kindLabel } from "@/lib/items/item-labels";
import { adminPaths } from "@/lib/urls";

const NOTE_LEADS = { RETURNED: "Thư ký đề nghị sửa", REJECTED: "Lý do không sử dụng" } as const;

/** The reason the item came back, under its title, while it is back with the author. */
function LatestNote({ item }: { item: MyItemRow }) {
  if (!item.latestNote || (item.status !== "RETURNED" && item.status !== "REJECTED")) return null;
  return (
    <p className="mt-1 rounded border-l-4 border-amber-500 bg-amber-50 px-2 py-1 text-stone-800">
      <span className="font-semibold">{NOTE_LEADS[item.status]}</span> ({item.latestNote.byName}, {formatDateTime(item.latestNote.at)}):{" "}
      <span className="whitespace-pre-line">{item.latestNote.text}</span>
    </p>
  );
}

export function MyItemsTable({ items }: { items: MyItemRow[] }) {
  return (
    <Table caption="Tin, bài của tôi">
      <THead>
        <tr>
          <Th>Tiêu đề</Th>
          {/* Second, so a phone shows it without scrolling the table. */}
          <Th>Trạng thái</Th>
          <Th>Loại</Th>
          <Th>Chuyên mục</Th>
          <Th>Cập nhật</Th>
        </tr>
      </THead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} className="hover:bg-stone-50">
            <Td className="min-w-64">
              <Link href={adminPaths.item(item.id)} className="font-semibold text-brand underline-offset-2 hover:underline">
                {item.title.trim() || "(Chưa có tiêu đề)"}
              </Link>
              <LatestNote item={item} />
              {item.editorialNoteCount > 0 && <p className="mt-1 text-stone-600">{item.editorialNoteCount} góp ý biên tập</p>}
            </Td>
            <Td>
              <ItemStatusBadge status={item.status} />
            </Td>
            <Td className="whitespace-nowrap">{kindLabel(item.kind, item.isInDepth)}</Td>
            <Td>{item.sections.map((section) => section.name).join(", ") || <span className="text-stone-500">—</span>}</Td>
            <Td className="whitespace-nowrap">{formatDateTime(item.updatedAt)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
