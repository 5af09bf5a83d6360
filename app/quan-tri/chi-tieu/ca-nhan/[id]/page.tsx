import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/admin/page-heading";
import { EmptyState } from "@/components/ui/empty-state";
import { ComputedAt } from "@/components/quotas/computed-at";
import { CountedItemsTable } from "@/components/quotas/counted-items-table";
import { PersonQuotaSummary } from "@/components/quotas/person-quota-summary";
import { requireCapability } from "@/lib/server/auth/require-user";
import { adminPaths } from "@/lib/admin-paths";
import { getQuotaYearReport } from "@/lib/server/quotas/get-quota-year-report";
import { listCountedItems } from "@/lib/server/quotas/list-counted-items";
import { parseQuotaFilter } from "@/lib/quotas/quota-filter";
import { getPerson } from "@/lib/server/users/get-person";

export const metadata: Metadata = { title: "Tin, bài được tính chỉ tiêu" };

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** One person's year: their target and, item by item, what counted, so any number on the dashboard can be checked by hand. */
export default async function PersonQuotaPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  await requireCapability("quotas.read");
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const userId = Number(id);
  const now = new Date();
  const { year } = parseQuotaFilter(await searchParams, now);
  const [person, report, items] = await Promise.all([getPerson(userId), getQuotaYearReport(year, now), listCountedItems({ year, userId })]);
  if (!person) notFound();
  const row = report.people.find((candidate) => candidate.userId === userId) ?? null;
  const backHref = `${adminPaths.quotas}?nam=${year}#ca-nhan`;
  return (
    <div className="space-y-4">
      <p>
        <Link href={backHref} className="text-sm text-brand underline underline-offset-2">
          ‹ Về bảng chỉ tiêu năm {year}
        </Link>
      </p>
      <PageHeading title={person.name} description={`Tin, bài được tính chỉ tiêu năm ${year}.`} />
      <ComputedAt at={report.computedAt} />
      <PersonQuotaSummary row={row} unitName={person.unit.name} hasPlan={report.plan !== null} year={year} />
      <section aria-labelledby="tin-bai-duoc-tinh" className="space-y-3">
        <h2 id="tin-bai-duoc-tinh" className="text-lg font-bold text-stone-900">
          Tin, bài được tính ({items.length})
        </h2>
        {items.length === 0 ? (
          <EmptyState>Chưa có tin, bài nào của {person.name} được đăng trong năm {year}.</EmptyState>
        ) : (
          <CountedItemsTable items={items} personName={person.name} caption={`Tin, bài của ${person.name} được tính chỉ tiêu năm ${year}`} />
        )}
      </section>
    </div>
  );
}
