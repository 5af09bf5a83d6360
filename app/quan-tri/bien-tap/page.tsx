import type { Metadata } from "next";
import { PageHeading } from "@/components/admin/page-heading";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { MoveDoneNotice } from "@/components/workflow/move-done-notice";
import { MOVE_FLASH_PARAM } from "@/components/workflow/move-flash";
import { QueueTable } from "@/components/workflow/queue-table";
import { requireCapability } from "@/lib/server/auth/require-user";
import { listReviewQueue } from "@/lib/server/items/lists/list-review-queue";
import { countPublishedThisYear } from "@/lib/server/quotas/count-published-this-year";
import { adminPaths, pageNumber } from "@/lib/urls";

export const metadata: Metadata = { title: "Chờ thư ký xử lý" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReviewQueuePage({ searchParams }: { searchParams: SearchParams }) {
  await requireCapability("items.review");
  const params = await searchParams;
  const page = pageNumber(params.trang);
  const queue = await listReviewQueue("SUBMITTED", page);
  const progress = await countPublishedThisYear(queue.items.flatMap((row) => row.authors.map((author) => author.id)));
  return (
    <div className="space-y-4">
      <PageHeading
        title="Chờ thư ký xử lý"
        description="Tin, bài cộng tác viên đã gửi, chờ lâu nhất ở trên cùng. Mở bài để biên tập, góp ý, trả lại tác giả, không sử dụng hoặc chuyển Ban Biên tập."
      />
      <MoveDoneNotice value={params[MOVE_FLASH_PARAM]} />
      {queue.total > 0 && <p className="text-sm text-stone-700">{queue.total} tin, bài đang chờ.</p>}
      {queue.items.length === 0 ? (
        <EmptyState>Không có tin, bài nào đang chờ thư ký.</EmptyState>
      ) : (
        <QueueTable caption="Tin, bài chờ thư ký xử lý" rows={queue.items} progress={progress} now={new Date()} />
      )}
      <Pagination
        page={page}
        pageCount={queue.pageCount}
        hrefFor={(p) => (p > 1 ? `${adminPaths.reviewQueue}?trang=${p}` : adminPaths.reviewQueue)}
        label="Phân trang hàng chờ thư ký"
      />
    </div>
  );
}
