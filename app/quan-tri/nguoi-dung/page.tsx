import type { Metadata } from "next";
import Link from "next/link";
import { keptFilters } from "@/components/admin/kept-filters";
import { PageHeading } from "@/components/admin/page-heading";
import { PeopleFilterForm } from "@/components/admin/people-filter-form";
import { PeopleTable } from "@/components/admin/people-table";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { requireCapability } from "@/lib/server/auth/require-user";
import { listUnitOptions } from "@/lib/server/units/list-unit-tree";
import { listPeople } from "@/lib/server/users/list-people";
import { pageHref, pageNumber } from "@/lib/urls";
import { parsePeopleFilter } from "@/lib/validations/user";

export const metadata: Metadata = { title: "Người dùng" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PeoplePage({ searchParams }: { searchParams: SearchParams }) {
  await requireCapability("people.manage");
  const params = await searchParams;
  const filter = parsePeopleFilter(params);
  const page = pageNumber(params.trang);
  const [{ people, total, pageCount }, units] = await Promise.all([listPeople(filter, page), listUnitOptions({ activeOnly: false })]);
  const query = keptFilters(params, ["q", "donvi", "vaitro", "chucvu", "trangthai"]);
  const hrefFor = (p: number) => pageHref("/quan-tri/nguoi-dung", query, p);
  const isFiltered = query.size > 0;
  return (
    <div className="space-y-4">
      <PageHeading title="Người dùng" description="Tài khoản, đơn vị, chức vụ và vai trò của mọi người dùng trang quản trị.">
        <Link href="/quan-tri/nguoi-dung/moi" className={buttonClass("primary")}>
          Thêm người dùng
        </Link>
      </PageHeading>
      <PeopleFilterForm filter={filter} units={units.map((unit) => ({ value: String(unit.id), label: unit.label }))} />
      <p className="text-sm text-stone-700" aria-live="polite">
        {isFiltered ? `Tìm thấy ${total} người phù hợp.` : `Tổng cộng ${total} người dùng.`}
      </p>
      {people.length === 0 ? (
        <EmptyState>{isFiltered ? "Không có người dùng nào phù hợp với điều kiện lọc." : "Chưa có người dùng nào."}</EmptyState>
      ) : (
        <PeopleTable people={people} now={new Date()} />
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} label="Phân trang danh sách người dùng" />
    </div>
  );
}
