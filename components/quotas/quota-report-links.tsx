import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { adminPaths } from "@/lib/admin-paths";

const withQuery = (path: string, query: URLSearchParams) => (query.size > 0 ? `${path}?${query}` : path);

/**
 * The report out of the site: Excel and the printable report keep the
 * person table's filters; the evaluation list and the monthly grid take the
 * year. Plain links (bookmarkable, no JavaScript); the file is a download.
 */
export function QuotaReportLinks({ year, filterQuery }: { year: number; filterQuery: URLSearchParams }) {
  const yearQuery = new URLSearchParams({ nam: String(year) });
  return (
    <nav aria-label="Xuất báo cáo chỉ tiêu" className="flex flex-wrap gap-2">
      <a href={withQuery(adminPaths.quotaExcel, filterQuery)} className={buttonClass("secondary")} download>
        Tải Excel
      </a>
      <Link href={withQuery(adminPaths.quotaPrint, filterQuery)} className={buttonClass("secondary")}>
        Bản in
      </Link>
      <Link href={withQuery(adminPaths.quotaEvaluation, yearQuery)} className={buttonClass("secondary")}>
        Danh sách đánh giá
      </Link>
      <Link href={withQuery(adminPaths.quotaMonthly, yearQuery)} className={buttonClass("secondary")}>
        Theo dõi hằng tháng
      </Link>
    </nav>
  );
}
