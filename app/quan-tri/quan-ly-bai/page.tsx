import type { Metadata } from "next";
import { PageHeading } from "@/components/admin/page-heading";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { ITEM_STATUSES } from "@/lib/items/item-labels";
import { ItemFilterForm } from "@/components/workflow/item-filter-form";
import { ManagedItemsTable } from "@/components/workflow/managed-items-table";
import { MoveDoneNotice } from "@/components/workflow/move-done-notice";
import { MOVE_FLASH_PARAM } from "@/components/workflow/move-flash";
import type { MoveOffer } from "@/components/workflow/move-dialog";
import { requireCapability } from "@/lib/server/auth/require-user";
import { can } from "@/lib/auth/permissions";
import { filterQuery, parseItemListFilter } from "@/lib/server/items/lists/item-list-filter";
import { listManagedItems, type ManagedItemRow } from "@/lib/server/items/lists/list-managed-items";
import { allowedMoves, MOVES, type WorkflowMove } from "@/lib/workflow/transitions";
import { adminPaths, pageHref } from "@/lib/urls";

export const metadata: Metadata = { title: "Quản lý bài" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// From this list only taking down and putting back are offered; every other
// move happens on the item's own page, beside its text.
const LIST_MOVES: readonly WorkflowMove[] = ["unpublish", "republish"];

export default async function ManagedItemsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireCapability("items.review");
  const params = await searchParams;
  const filter = parseItemListFilter(params);
  if (filter.status === "DRAFT") filter.status = undefined;
  const { items, total, pageCount } = await listManagedItems(filter);
  const query = filterQuery(filter);
  const isFiltered = query.size > 0;
  const offersFor = (item: ManagedItemRow): MoveOffer[] =>
    allowedMoves(user, item)
      .filter((move) => LIST_MOVES.includes(move))
      .map((move) => ({ move, isNoteRequired: MOVES[move].isNoteRequired }));
  return (
    <div className="space-y-4">
      <PageHeading
        title="Quản lý bài"
        description="Mọi tin, bài đã gửi, theo trạng thái; thay đổi trạng thái gần nhất ở trên cùng. Bản nháp của tác giả không hiện ở đây."
      />
      <MoveDoneNotice value={params[MOVE_FLASH_PARAM]} />
      <ItemFilterForm
        filter={filter}
        statuses={ITEM_STATUSES.filter((status) => status !== "DRAFT")}
        resetHref={adminPaths.allItems}
        label="Lọc tin, bài"
      />
      <p className="text-sm text-stone-700" aria-live="polite">
        {isFiltered ? `Tìm thấy ${total} tin, bài phù hợp.` : `Tổng cộng ${total} tin, bài.`}
      </p>
      {items.length === 0 ? (
        <EmptyState>{isFiltered ? "Không có tin, bài nào phù hợp với điều kiện lọc." : "Chưa có tin, bài nào được gửi."}</EmptyState>
      ) : (
        <ManagedItemsTable
          items={items}
          canPublish={can(user, "items.publish")}
          offersFor={offersFor}
          listHref={pageHref(adminPaths.allItems, query, filter.page)}
        />
      )}
      <Pagination page={filter.page} pageCount={pageCount} hrefFor={(p) => pageHref(adminPaths.allItems, query, p)} label="Phân trang danh sách tin, bài" />
    </div>
  );
}
