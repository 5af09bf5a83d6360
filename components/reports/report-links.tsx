import { buttonClass } from "@/components/ui/button";
import { adminPaths } from "@/lib/admin-paths";

/** The same report as an Excel workbook and as a printable page: plain links carrying the period. */
export function ReportLinks({ query }: { query: URLSearchParams }) {
  const suffix = `?${query.toString()}`;
  return (
    <>
      <a href={`${adminPaths.reportExcel}${suffix}`} className={buttonClass("secondary")} download>
        Tải Excel
      </a>
      <a href={`${adminPaths.reportPrint}${suffix}`} className={buttonClass("secondary")}>
        Bản in
      </a>
    </>
  );
}
