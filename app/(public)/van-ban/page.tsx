import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { documentListHref, hasDocumentFilters, parseDocumentFilters } from "@/lib/documents/document-filters";
import { getDocumentFilterOptions } from "@/lib/server/documents/get-document-filter-options";
import { listPublishedDocuments } from "@/lib/server/documents/list-published-documents";
import { pageNumber } from "@/lib/urls";
import { DocumentFilterForm } from "@/components/documents/document-filter-form";
import { DocumentTable } from "@/components/documents/document-table";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";

export const dynamic = "force-dynamic";

type LibraryPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: LibraryPageProps): Promise<Metadata> {
  const params = await searchParams;
  const filters = parseDocumentFilters(params);
  const page = pageNumber(params.trang);
  const isFiltered = hasDocumentFilters(filters);
  return {
    title: page > 1 ? `Văn bản chỉ đạo (trang ${page})` : "Văn bản chỉ đạo",
    description: "Kế hoạch, nghị quyết, chỉ thị, hướng dẫn và các văn bản chỉ đạo của Đảng bộ Khối.",
    alternates: { canonical: isFiltered ? "/van-ban" : documentListHref(filters, page) },
    robots: isFiltered ? { index: false, follow: true } : undefined,
  };
}

export default async function DocumentLibraryPage({ searchParams }: LibraryPageProps) {
  const params = await searchParams;
  const filters = parseDocumentFilters(params);
  const page = pageNumber(params.trang);
  const isFiltered = hasDocumentFilters(filters);
  const [options, { documents, total, pageCount }] = await Promise.all([
    getDocumentFilterOptions(),
    listPublishedDocuments(filters, page),
  ]);
  if (page > pageCount) notFound();

  return (
    <>
      <Breadcrumbs crumbs={[{ name: "Văn bản" }]} />
      <header className="mb-6 border-b-2 border-brand pb-4">
        <h1 className="text-2xl font-bold text-brand sm:text-3xl">Văn bản chỉ đạo</h1>
        <p className="mt-2 max-w-3xl text-stone-700">
          Kế hoạch, nghị quyết, chỉ thị, hướng dẫn, kết luận và các văn bản khác; bấm vào số/ký hiệu để xem chi tiết
          và tải tệp đính kèm.
        </p>
      </header>

      <DocumentFilterForm filters={filters} options={options} hasFilters={isFiltered} />

      {total === 0 ? (
        <div className="py-10 text-center text-lg text-stone-700" role="status">
          {isFiltered ? (
            <>
              <p>Không có văn bản nào phù hợp với điều kiện tìm kiếm.</p>
              <Link href="/van-ban" className="mt-2 inline-block font-semibold text-brand hover:underline">
                Xem tất cả văn bản
              </Link>
            </>
          ) : (
            <p>Chưa có văn bản nào được đăng.</p>
          )}
        </div>
      ) : (
        <>
          <p className="mb-2 text-sm text-stone-600" role="status">
            {isFiltered ? "Tìm thấy" : "Có"} {total.toLocaleString("vi-VN")} văn bản
            {pageCount > 1 ? ` · trang ${page}/${pageCount}` : ""}
          </p>
          <DocumentTable documents={documents} />
        </>
      )}

      <Pagination page={page} pageCount={pageCount} hrefFor={(p) => documentListHref(filters, p)} />
    </>
  );
}
