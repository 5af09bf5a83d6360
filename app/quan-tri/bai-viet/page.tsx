import type { Metadata } from "next";
import { PageHeading } from "@/components/admin/page-heading";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { ITEM_STATUSES } from "@/lib/items/item-labels";
import { ItemFilterForm } from "@/components/workflow/item-filter-form";
import { MoveDoneNotice } from "@/components/workflow/move-done-notice";
import { MOVE_FLASH_PARAM } from "@/components/workflow/move-flash";
import { MyItemsTable } from "@/components/workflow/my-items-table";
import { NewItemForm } from "@/components/workflow/new-item-form";
import { requireCapability } from "@/lib/server/auth/require-user";
import { filterQuery, parseItemListFilter } from "@/lib/server/items/lists/item-list-filter";
import { listMyItems } from "@/lib/server/items/lists/list-my-items";
import { adminPaths, pageHref } from "@/lib/urls";

export const metadata: Metadata = { title: "Bài của tôi" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function MyItemsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireCapability("items.write-own");
  const params = await searchParams;
  const filter = parseItemListFilter(params);
  const { items, total, pageCount } = await listMyItems(user, filter);
  const query = filterQuery(filter);
  const isFiltered = query.size > 0;
  return (
    <div className="space-y-4">
      <PageHeading title="Bài của tôi" description="Tin, bài bạn viết hoặc đứng tên đồng tác giả, với trạng thái và góp ý của thư ký.">
        <NewItemForm />
      </PageHeading>
      <MoveDoneNotice value={params[MOVE_FLASH_PARAM]} />
      <ItemFilterForm filter={filter} statuses={ITEM_STATUSES} resetHref={adminPaths.myItems} label="Lọc tin, bài của tôi" />
      <p className="text-sm text-stone-700" aria-live="polite">
        {isFiltered ? `Tìm thấy ${total} tin, bài phù hợp.` : `Tổng cộng ${total} tin, bài.`}
      </p>
      {items.length === 0 ? (
        <EmptyState>
          {isFiltered ? "Không có tin, bài nào phù hợp với điều kiện lọc." : "Bạn chưa có tin, bài nào. Bấm “Viết tin, bài mới” để bắt đầu."}
        </EmptyState>
      ) : (
        <MyItemsTable items={items} />
      )}
      <Pagination page={filter.page} pageCount={pageCount} hrefFor={(p) => pageHref(adminPaths.myItems, query, p)} label="Phân trang tin, bài của tôi" />
    </div>
  );
}
