import Link from "next/link";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { FeatureToggle } from "@/components/workflow/feature-toggle";
import { ItemStatusBadge } from "@/components/workflow/item-status-badge";
import { MoveButtons } from "@/components/workflow/move-buttons";
import type { MoveOffer } from "@/components/workflow/move-dialog";
import { formatDateTime } from "@/lib/content/dates";
import { kindLabel } from "@/lib/items/item-labels";
import type { ManagedItemRow } from "@/lib/server/items/lists/list-managed-items";
import { adminPaths, itemPath } from "@/lib/urls";

const linkClass = "text-brand underline underline-offset-2 hover:text-brand-dark";

function StatusTime({ item }: { item: ManagedItemRow }) {
  if (item.status === "PUBLISHED" && item.publishedAt) return <>Đăng {formatDateTime(item.publishedAt)}</>;
  if (item.status === "SCHEDULED" && item.scheduledAt) return <>Hẹn đăng {formatDateTime(item.scheduledAt)}</>;
  return <>Từ {formatDateTime(item.statusChangedAt)}</>;
}

/**
 * Every item past the drafts, for the editors: open it, see it on the site,
 * feature it on the home page, correct or take it down (the board only).
 */
export function ManagedItemsTable({
  items,
  canPublish,
  offersFor,
  listHref,
}: {
  items: ManagedItemRow[];
  canPublish: boolean;
  offersFor: (item: ManagedItemRow) => MoveOffer[];
  /** This page of the list, where a move made from it comes back to. */
  listHref: string;
}) {
  return (
    <Table caption="Tin, bài theo trạng thái">
      <THead>
        <tr>
          <Th>Tiêu đề</Th>
          <Th>Loại</Th>
          <Th>Trạng thái</Th>
          <Th>Thao tác</Th>
        </tr>
      </THead>
      <tbody>
        {items.map((item) => {
          const isPublished = item.status === "PUBLISHED";
          const offers = offersFor(item);
          return (
            <tr key={item.id} className="hover:bg-stone-50">
              <Td className="min-w-64">
                <Link href={adminPaths.item(item.id)} className="font-semibold text-brand underline-offset-2 hover:underline">
                  {item.title.trim() || "(Chưa có tiêu đề)"}
                </Link>
                <p className="mt-1 text-stone-600">
                  {item.authorNames.join(", ") || "Chưa rõ tác giả"}
                  {item.primarySection && <> · {item.primarySection}</>}
                </p>
              </Td>
              <Td className="whitespace-nowrap">{kindLabel(item.kind, item.isInDepth)}</Td>
              <Td className="min-w-40">
                <ItemStatusBadge status={item.status} />
                <p className="mt-1 text-xs text-stone-600">
                  <StatusTime item={item} />
                </p>
              </Td>
              <Td className="min-w-56">
                <div className="flex flex-wrap items-start gap-x-3 gap-y-2">
                  <Link href={adminPaths.item(item.id)} className={linkClass}>
                    {isPublished && canPublish ? "Mở để đính chính" : "Mở bài"}
                  </Link>
                  {isPublished ? (
                    <Link href={itemPath(item.slug)} className={linkClass}>
                      Xem trên trang
                    </Link>
                  ) : (
                    <Link href={adminPaths.itemPreview(item.id)} className={linkClass}>
                      Xem trước
                    </Link>
                  )}
                </div>
                {isPublished && canPublish && (
                  <div className="mt-2">
                    <FeatureToggle itemId={item.id} isFeatured={item.isFeatured} />
                  </div>
                )}
                {offers.length > 0 && (
                  <div className="mt-2">
                    <MoveButtons itemId={item.id} status={item.status} offers={offers} returnHref={listHref} />
                  </div>
                )}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
