import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/admin/page-heading";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/flash-message";
import { Pagination } from "@/components/ui/pagination";
import { RevisionCompare } from "@/components/workflow/revision-compare";
import { COMPARE_PARAM, parseComparePair } from "@/components/workflow/revision-links";
import { RevisionList } from "@/components/workflow/revision-list";
import { requireCapability } from "@/lib/server/auth/require-user";
import { getRevisionPair } from "@/lib/server/items/history/get-revision-pair";
import { listRevisions } from "@/lib/server/items/history/list-revisions";
import { adminPaths, pageNumber } from "@/lib/urls";
import { itemIdSchema } from "@/lib/validations/item";

export const metadata: Metadata = { title: "Các phiên bản" };

type RevisionsPageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function RevisionsPage({ params, searchParams }: RevisionsPageProps) {
  const user = await requireCapability("backoffice.enter");
  const parsed = itemIdSchema.safeParse({ itemId: (await params).id });
  if (!parsed.success) notFound();
  const itemId = parsed.data.itemId;
  const query = await searchParams;
  const data = await listRevisions({ actor: user, itemId, page: pageNumber(query.trang) });
  if (!data) notFound();

  const choice = parseComparePair(query[COMPARE_PARAM]);
  const pair = "pair" in choice ? await getRevisionPair({ actor: user, itemId, revisionIds: choice.pair }) : null;
  const previousIds = new Map(data.revisions.slice(0, -1).map((revision, index) => [revision.id, data.revisions[index + 1].id]));
  const title = data.item.title.trim() || "(Chưa có tiêu đề)";
  return (
    <div className="space-y-4">
      <PageHeading title="Các phiên bản" description={`Bài “${title}”: mọi lần lưu nội dung, mới nhất trước.`}>
        <Link href={adminPaths.item(itemId)} className={buttonClass("secondary")}>
          Quay lại bài viết
        </Link>
      </PageHeading>
      {"problem" in choice && choice.problem === "count" && <Notice tone="info">Chọn đúng hai phiên bản để so sánh.</Notice>}
      {"pair" in choice && !pair && <Notice tone="info">Không tìm thấy hai phiên bản đã chọn của bài này.</Notice>}
      {pair && (
        <RevisionCompare
          pair={pair}
          canRestore={pair.item.editMode === "edit"}
          // Newest first: on the first page the top row is the item's current text.
          latestId={data.page === 1 ? data.revisions[0]?.id : undefined}
        />
      )}
      {data.revisions.length === 0 ? (
        <EmptyState>Bài chưa có phiên bản nào được lưu.</EmptyState>
      ) : (
        <RevisionList data={data} previousIds={previousIds} />
      )}
      <Pagination
        page={data.page}
        pageCount={data.pageCount}
        hrefFor={(p) => (p > 1 ? `${adminPaths.itemRevisions(itemId)}?trang=${p}` : adminPaths.itemRevisions(itemId))}
        label="Phân trang các phiên bản"
      />
    </div>
  );
}
