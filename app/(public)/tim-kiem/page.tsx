import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { normalizeQueryText } from "@/lib/search/parse-search-query";
import { searchSite } from "@/lib/search/search-site";
import { pageNumber, searchPath } from "@/lib/urls";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { DocumentHitList } from "@/components/search/document-hit-list";
import { ItemHitList } from "@/components/search/item-hit-list";
import { SearchBox } from "@/components/search/search-box";
import { SearchTips } from "@/components/search/search-tips";
import { Pagination } from "@/components/ui/pagination";

export const dynamic = "force-dynamic";

type SearchPageProps = { searchParams: Promise<{ q?: string | string[]; trang?: string | string[] }> };

const count = (n: number) => n.toLocaleString("vi-VN");
const pageHref = (query: string, page: number) => (page > 1 ? `${searchPath(query)}&trang=${page}` : searchPath(query));

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const query = normalizeQueryText((await searchParams).q);
  return {
    title: query ? `Tìm kiếm: ${query}` : "Tìm kiếm",
    // Result pages are endless variations of other pages: keep them out of indexes.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const params = await searchParams;
  const text = normalizeQueryText(params.q);
  const page = pageNumber(params.trang);
  const result = text ? await searchSite(text, page) : null;
  if (result && page > result.pageCount) notFound();
  const total = result ? result.itemTotal + result.documentTotal : 0;

  return (
    <>
      <Breadcrumbs crumbs={[{ name: "Tìm kiếm" }]} />
      <h1 className="mb-4 text-2xl font-bold text-brand sm:text-3xl">Tìm kiếm</h1>
      <SearchBox defaultValue={text} />

      {!result ? (
        <section className="mt-6 max-w-3xl" aria-labelledby="huong-dan-tim-kiem">
          <h2 id="huong-dan-tim-kiem" className="text-lg font-semibold">
            {text ? `Từ khóa «${text}» không có chữ hoặc số để tìm.` : "Nhập từ khóa để tìm tin, bài và văn bản."}
          </h2>
          <SearchTips />
        </section>
      ) : total === 0 ? (
        <section className="mt-6 max-w-3xl" aria-labelledby="khong-co-ket-qua">
          <h2 id="khong-co-ket-qua" className="text-lg font-semibold" role="status">
            Không tìm thấy kết quả nào cho «{result.query}».
          </h2>
          <SearchTips />
        </section>
      ) : (
        <div className="mt-6 max-w-4xl">
          <p role="status" className="text-stone-700">
            Tìm thấy <strong>{count(total)}</strong> kết quả cho «<strong>{result.query}</strong>»
            {result.pageCount > 1 ? ` · trang ${page}/${result.pageCount}` : ""}
          </p>

          {result.documents.length > 0 && (
            <section aria-labelledby="ket-qua-van-ban" className="mt-6 rounded border border-stone-200 bg-white p-4">
              <h2 id="ket-qua-van-ban" className="text-lg font-bold text-brand uppercase">
                Văn bản ({count(result.documentTotal)})
              </h2>
              <DocumentHitList hits={result.documents} />
              {result.documentTotal > result.documents.length && (
                <Link
                  href={`/van-ban?q=${encodeURIComponent(result.query)}`}
                  className="mt-2 inline-block font-semibold text-brand hover:underline"
                >
                  Xem tất cả {count(result.documentTotal)} văn bản ›
                </Link>
              )}
            </section>
          )}

          <section aria-labelledby="ket-qua-tin-bai" className="mt-6">
            <h2 id="ket-qua-tin-bai" className="border-b-2 border-brand pb-1 text-lg font-bold text-brand uppercase">
              Tin, bài ({count(result.itemTotal)})
            </h2>
            {result.items.length > 0 ? (
              <ItemHitList hits={result.items} />
            ) : (
              <p className="py-4 text-stone-700">Không có tin, bài nào phù hợp; xem các văn bản ở trên.</p>
            )}
          </section>

          <Pagination page={page} pageCount={result.pageCount} hrefFor={(p) => pageHref(result.query, p)} />
        </div>
      )}
    </>
  );
}
