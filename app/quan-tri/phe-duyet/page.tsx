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

export const metadata: Metadata = { title: "Chờ Ban Biên tập duyệt" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ApprovalQueuePage({ searchParams }: { searchParams: SearchParams }) {
  await requireCapability("items.publish");
  const params = await searchParams;
  const page = pageNumber(params.trang);
  const [queue, scheduled] = await Promise.all([listReviewQueue("FORWARDED", page), listReviewQueue("SCHEDULED")]);
  const progress = await countPublishedThisYear(
    [...queue.items, ...scheduled.items].flatMap((row) => row.authors.map((author) => author.id)),
  );
  const now = new Date();
  return (
    <div className="space-y-6">
      <div className="space-y-4">
        <PageHeading
          title="Chờ Ban Biên tập duyệt"
          description="Tin, bài thư ký đã chuyển lên, chờ lâu nhất ở trên cùng. Mở bài để duyệt và đăng ngay, hẹn giờ đăng hoặc trả lại thư ký."
        />
        <MoveDoneNotice value={params[MOVE_FLASH_PARAM]} />
        {queue.items.length === 0 ? (
          <EmptyState>Không có tin, bài nào đang chờ duyệt.</EmptyState>
        ) : (
          <QueueTable caption="Tin, bài chờ Ban Biên tập duyệt" rows={queue.items} progress={progress} now={now} />
        )}
        <Pagination
          page={page}
          pageCount={queue.pageCount}
          hrefFor={(p) => (p > 1 ? `${adminPaths.approvalQueue}?trang=${p}` : adminPaths.approvalQueue)}
          label="Phân trang hàng chờ duyệt"
        />
      </div>
      <section aria-labelledby="da-hen-gio" className="space-y-3">
        <h2 id="da-hen-gio" className="text-xl font-bold text-stone-900">
          Đã hẹn giờ đăng
        </h2>
        <p className="text-stone-600">Tin, bài đã duyệt, sẽ tự động lên trang vào giờ hẹn; sắp đăng nhất ở trên cùng.</p>
        {scheduled.items.length === 0 ? (
          <EmptyState>Không có tin, bài nào đang hẹn giờ đăng.</EmptyState>
        ) : (
          <QueueTable caption="Tin, bài đã hẹn giờ đăng" rows={scheduled.items} progress={progress} now={now} mode="scheduled" />
        )}
        {scheduled.total > scheduled.items.length && (
          <p className="text-sm text-stone-600">
            Đang hiện {scheduled.items.length}/{scheduled.total} bài hẹn giờ sớm nhất.
          </p>
        )}
      </section>
    </div>
  );
}
