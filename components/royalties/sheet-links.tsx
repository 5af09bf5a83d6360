import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { adminPaths } from "@/lib/admin-paths";

/** The month out of the site (Excel, print) and the year's summary; plain links, the file is a download. */
export function SheetLinks({ period }: { period: string }) {
  return (
    <nav aria-label="Xuất bảng nhuận bút" className="flex flex-wrap gap-2">
      <a href={`${adminPaths.royaltyExcel}?thang=${period}`} className={buttonClass("secondary")} download>
        Tải Excel
      </a>
      <Link href={`${adminPaths.royaltyPrint}?thang=${period}`} className={buttonClass("secondary")}>
        Bản in
      </Link>
      <Link href={`${adminPaths.royaltyYear}?nam=${period.slice(0, 4)}`} className={buttonClass("secondary")}>
        Tổng hợp năm {period.slice(0, 4)}
      </Link>
    </nav>
  );
}
