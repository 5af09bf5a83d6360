import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/admin/page-heading";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { MarkReadButton } from "@/components/workflow/mark-read-button";
import { requireCapability } from "@/lib/server/auth/require-user";
import { countUnreadNotifications } from "@/lib/server/notifications/count-unread";
import { listNotifications } from "@/lib/server/notifications/list-notifications";
import { adminPaths, pageNumber } from "@/lib/urls";

export const metadata: Metadata = { title: "Thông báo" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NotificationsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireCapability("backoffice.enter");
  const page = pageNumber((await searchParams).trang);
  const [list, unread] = await Promise.all([listNotifications({ userId: user.id, page }), countUnreadNotifications(user.id)]);
  return (
    <div className="space-y-4">
      <PageHeading title="Thông báo" description="Tin, bài của bạn và các việc chờ bạn xử lý; mới nhất ở trên cùng.">
        {/* Kept (disabled) once everything is read, so its message stays on screen. */}
        {list.total > 0 && <MarkReadButton label="Đánh dấu đã đọc tất cả" variant="primary" disabled={unread === 0} />}
      </PageHeading>
      <p className="text-sm text-stone-700" aria-live="polite">
        {unread > 0 ? `Có ${unread} thông báo chưa đọc.` : "Không có thông báo chưa đọc."}
      </p>
      {list.rows.length === 0 ? (
        <EmptyState>Chưa có thông báo nào.</EmptyState>
      ) : (
        <ol className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {list.rows.map((row) => (
            <li key={row.id} className={`flex flex-wrap items-start justify-between gap-3 p-4 ${row.isRead ? "" : "border-l-4 border-brand bg-red-50/60"}`}>
              <div className="min-w-0 flex-1 basis-64">
                <p className={row.isRead ? "text-stone-800" : "font-semibold text-stone-950"}>
                  {!row.isRead && (
                    <span className="mr-2">
                      <Badge tone="brand">Chưa đọc</Badge>
                      <span className="sr-only">: </span>
                    </span>
                  )}
                  {row.message}
                </p>
                <p className="mt-1 text-sm text-stone-600">
                  <time dateTime={row.createdAt}>{row.createdAtText}</time>
                  {row.href && (
                    <>
                      {" · "}
                      <Link href={row.href} className="text-brand underline underline-offset-2">
                        Mở bài
                      </Link>
                    </>
                  )}
                </p>
              </div>
              {!row.isRead && <MarkReadButton ids={[row.id]} label="Đã đọc" accessibleName={`Đánh dấu đã đọc: ${row.message}`} />}
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(p) => (p > 1 ? `${adminPaths.notifications}?trang=${p}` : adminPaths.notifications)}
        label="Phân trang thông báo"
      />
    </div>
  );
}
