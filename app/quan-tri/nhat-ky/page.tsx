import type { Metadata } from "next";
import { AuditFilterForm } from "@/components/admin/audit-filter-form";
import { AuditTable } from "@/components/admin/audit-table";
import { keptFilters } from "@/components/admin/kept-filters";
import { PageHeading } from "@/components/admin/page-heading";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { listAuditFilterOptions, listAuditLog } from "@/lib/server/audit/list-audit-log";
import { requireCapability } from "@/lib/server/auth/require-user";
import { pageHref, pageNumber } from "@/lib/urls";
import { parseAuditFilter } from "@/lib/validations/audit";

export const metadata: Metadata = { title: "Nhật ký" };

const FILTER_KEYS = ["nguoi", "hanhdong", "tu", "den"];

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireCapability("audit.read");
  const params = await searchParams;
  const filter = parseAuditFilter(params);
  const page = pageNumber(params.trang);
  const [{ entries, total, pageCount }, options] = await Promise.all([listAuditLog(filter, page), listAuditFilterOptions()]);
  const query = keptFilters(params, FILTER_KEYS);
  const hrefFor = (p: number) => pageHref("/quan-tri/nhat-ky", query, p);
  return (
    <div className="space-y-4">
      <PageHeading title="Nhật ký" description="Đăng nhập, từ chối quyền và mọi thay đổi về người dùng, vai trò, đơn vị, chuyên mục. Giờ Việt Nam, mới nhất trước." />
      <AuditFilterForm filter={filter} actions={options.actions} actors={options.actors} />
      <p className="text-sm text-stone-700">{total} bản ghi.</p>
      {entries.length === 0 ? <EmptyState>Không có bản ghi nào phù hợp.</EmptyState> : <AuditTable entries={entries} />}
      <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} label="Phân trang nhật ký" />
    </div>
  );
}
