import type { Metadata } from "next";
import { PrintToolbar } from "@/components/print/print-toolbar";
import { PrintRoyaltySheet } from "@/components/royalties/print-royalty-sheet";
import { adminPaths } from "@/lib/admin-paths";
import { requireCapability } from "@/lib/server/auth/require-user";
import { env } from "@/lib/env";
import { getRoyaltySheet } from "@/lib/server/royalties/get-royalty-sheet";
import { periodOrCurrent } from "@/lib/royalties/royalty-sheet-maths";

export const metadata: Metadata = { title: "Bản in bảng thanh toán nhuận bút" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// The month's payment sheet to print and sign (?thang=2026-11).
export default async function RoyaltyPrintPage({ searchParams }: { searchParams: SearchParams }) {
  await requireCapability("royalties.manage");
  const now = new Date();
  const period = periodOrCurrent((await searchParams).thang, now);
  const sheet = await getRoyaltySheet(period);
  return (
    <>
      <PrintToolbar
        back={{ href: `${adminPaths.royalties}?thang=${period}`, label: "Về bảng nhuận bút" }}
        links={[{ href: `${adminPaths.royaltyExcel}?thang=${period}`, label: "Tải Excel", isDownload: true }]}
      />
      {!sheet.isLocked && (
        <p role="note" className="mx-auto mb-4 max-w-[210mm] rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 print:hidden">
          Sổ tháng này chưa khóa: số liệu có thể còn thay đổi. Nên khóa sổ trước khi in để ký.
        </p>
      )}
      <PrintRoyaltySheet sheet={sheet} organisation={env().organisation} date={now} />
    </>
  );
}
