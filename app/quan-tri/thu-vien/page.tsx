import type { Metadata } from "next";
import { PageHeading } from "@/components/admin/page-heading";
import { MediaCard } from "@/components/media/media-card";
import { MediaFilterForm } from "@/components/media/media-filter-form";
import { MediaUploadButton } from "@/components/media/media-upload-button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireCapability } from "@/lib/server/auth/require-user";
import { listMedia } from "@/lib/server/media/list-media";
import { adminPaths } from "@/lib/urls";
import { mediaListQuerySchema } from "@/lib/validations/media";

export const metadata: Metadata = { title: "Thư viện ảnh" };

export default async function MediaLibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireCapability("media.upload");
  const params = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const query = mediaListQuerySchema.parse({ kind: first(params.kind), q: first(params.q), trang: first(params.trang) });
  const { rows, page, pageCount, total } = await listMedia({ kind: query.kind, q: query.q, page: query.trang });
  const hrefFor = (p: number) => {
    const next = new URLSearchParams();
    if (query.kind) next.set("kind", query.kind);
    if (query.q) next.set("q", query.q);
    if (p > 1) next.set("trang", String(p));
    const text = next.toString();
    return `${adminPaths.mediaLibrary}${text ? `?${text}` : ""}`;
  };
  const isFiltered = Boolean(query.kind || query.q);
  return (
    <div className="space-y-4">
      <PageHeading
        title="Thư viện ảnh"
        description="Ảnh, video và tài liệu đã tải lên, mới nhất trước. Ảnh được xóa thông tin vị trí, máy chụp và thu nhỏ khi tải lên; dùng lại trong bài viết bằng đường dẫn."
      />
      <section aria-label="Tải tệp lên" className="rounded border border-stone-200 bg-white p-4">
        <MediaUploadButton />
      </section>
      <MediaFilterForm kind={query.kind} q={query.q} />
      <p className="text-sm text-stone-700">{total} tệp.</p>
      {rows.length === 0 ? (
        <EmptyState>{isFiltered ? "Không có tệp nào phù hợp." : "Chưa có tệp nào. Hãy tải ảnh hoặc tài liệu đầu tiên lên."}</EmptyState>
      ) : (
        <ul className="grid grid-cols-1 gap-4 min-[420px]:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
          {rows.map((row) => (
            <MediaCard key={row.media.id} row={row} />
          ))}
        </ul>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} label="Phân trang thư viện" />
    </div>
  );
}
