import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonClass } from "@/components/ui/button";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { ItemArticle } from "@/components/site/item-article";
import { ItemStatusBadge } from "@/components/workflow/item-status-badge";
import { PreviewFrame } from "@/components/workflow/preview-frame";
import { requireCapability } from "@/lib/server/auth/require-user";
import { formatDateTime } from "@/lib/content/dates";
import { getPreviewItem } from "@/lib/server/items/editing/get-preview-item";
import { adminPaths, itemPath, sectionPath } from "@/lib/urls";
import { itemIdSchema } from "@/lib/validations/item";

export const metadata: Metadata = { title: "Xem trước" };

type PreviewPageProps = { params: Promise<{ id: string }> };

export default async function ItemPreviewPage({ params }: PreviewPageProps) {
  const user = await requireCapability("backoffice.enter");
  const parsed = itemIdSchema.safeParse({ itemId: (await params).id });
  // Unknown and not-yours look the same: nobody learns which items exist.
  const preview = parsed.success ? await getPreviewItem(parsed.data.itemId, user) : null;
  if (!preview) notFound();
  const { item, status, scheduledAt } = preview;
  const isPublished = status === "PUBLISHED";
  return (
    <div className="space-y-4">
      <div role="note" className="flex flex-wrap items-center justify-between gap-3 rounded border-2 border-amber-500 bg-amber-50 p-4">
        <div>
          <p className="text-lg font-bold text-stone-900">{isPublished ? "Bản xem trước — bài đã đăng" : "Bản xem trước — chưa đăng"}</p>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-stone-700">
            Trạng thái: <ItemStatusBadge status={status} />
            {status === "SCHEDULED" && scheduledAt && <span>Hẹn đăng lúc {formatDateTime(scheduledAt)}</span>}
          </p>
          <p className="mt-1 text-sm text-stone-700">Bài hiện đúng như trên trang công khai{isPublished ? "" : " khi được đăng"}.</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href={adminPaths.item(item.id)} className={buttonClass("primary")}>
            Quay lại bài viết
          </Link>
          {isPublished && (
            <Link href={itemPath(item.slug)} className={buttonClass("secondary")}>
              Xem trên trang
            </Link>
          )}
        </div>
      </div>
      <PreviewFrame>
        <div className="mx-auto max-w-3xl">
          <Breadcrumbs
            crumbs={[...(item.section ? [{ name: item.section.name, href: sectionPath(item.section.slug) }] : []), { name: item.title }]}
          />
          <ItemArticle item={item} />
        </div>
      </PreviewFrame>
    </div>
  );
}
