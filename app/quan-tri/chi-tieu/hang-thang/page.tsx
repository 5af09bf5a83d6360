import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/admin/page-heading";
import { MonthlyGrid } from "@/components/quotas/monthly-grid";
import { QuotaYearPicker } from "@/components/quotas/quota-year-picker";
import { requireCapability } from "@/lib/server/auth/require-user";
import { adminPaths } from "@/lib/admin-paths";
import { vietnamYear } from "@/lib/content/dates";
import { getMonthlyParticipation } from "@/lib/server/quotas/get-monthly-participation";
import { parseQuotaFilter } from "@/lib/quotas/quota-filter";
import { vietnamMonth } from "@/lib/quotas/quota-year";

export const metadata: Metadata = { title: "Theo dõi viết tin, bài hằng tháng" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Departments and mass organisations that must write every month: who did, and who did not, month by month. */
export default async function MonthlyParticipationPage({ searchParams }: { searchParams: SearchParams }) {
  await requireCapability("quotas.read");
  const now = new Date();
  const { year } = parseQuotaFilter(await searchParams, now);
  const data = await getMonthlyParticipation(year, now);
  return (
    <div className="space-y-4">
      <p>
        <Link href={`${adminPaths.quotas}?nam=${year}`} className="text-sm text-brand underline underline-offset-2">
          ‹ Về bảng chỉ tiêu năm {year}
        </Link>
      </p>
      <PageHeading title={`Theo dõi viết tin, bài hằng tháng năm ${year}`} description="Các ban, đoàn thể phải có tin, bài đăng trên Trang mỗi tháng: số tin, bài từng tháng.">
        <QuotaYearPicker year={year} currentYear={vietnamYear(now)} action={adminPaths.quotaMonthly} />
      </PageHeading>
      <MonthlyGrid data={data} currentMonth={year === vietnamYear(now) ? vietnamMonth(now) : undefined} />
    </div>
  );
}
