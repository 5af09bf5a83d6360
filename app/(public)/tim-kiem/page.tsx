import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { normalizeQueryText } from "@/lib/search/parse-search-query";
import { searchSite } from "@/lib/server/search/search-site";
import { SEARCH_RESULT_LIMIT } from "@/lib/server/search/search-score";
import { pageNumber, searchPath } from "@/lib/urls";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { SearchHitList } from "@/components/search/search-hit-list";
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
  const total = result?.total ?? 0;

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
            Tìm thấy {result.isTotalCapped ? "hơn " : ""}
            <strong>{count(result.isTotalCapped ? SEARCH_RESULT_LIMIT : total)}</strong> kết quả cho «<strong>{result.query}</strong>»
            {result.pageCount > 1 ? ` · trang ${page}/${result.pageCount}` : ""}
          </p>
          {result.documentTotal > 0 && (
            <p className="mt-1 text-sm text-stone-700">
              Trong đó có {count(result.documentTotal)} văn bản ·{" "}
              <Link href={`/van-ban?q=${encodeURIComponent(result.query)}`} className="font-semibold text-brand hover:underline">
                Xem trong thư viện văn bản ›
              </Link>
            </p>
          )}

          <section aria-labelledby="ket-qua" className="mt-4">
            <h2 id="ket-qua" className="border-b-2 border-brand pb-1 text-lg font-bold text-brand uppercase">
              Tin, bài và văn bản
            </h2>
            <SearchHitList hits={result.hits} />
          </section>

          <Pagination page={page} pageCount={result.pageCount} hrefFor={(p) => pageHref(result.query, p)} />
        </div>
      )}
    </>
  );
}
