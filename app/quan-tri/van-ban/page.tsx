import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/admin/page-heading";
import { DocumentFilterForm } from "@/components/documents-admin/document-filter-form";
import { DocumentTable } from "@/components/documents-admin/document-table";
import { DOCUMENT_LIST_TEXT as TEXT } from "@/components/documents-admin/labels";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/flash-message";
import { Pagination } from "@/components/ui/pagination";
import { requireCapability } from "@/lib/server/auth/require-user";
import { listAdminDocuments } from "@/lib/server/documents/list-admin-documents";
import { adminPaths, pageHref, pageNumber } from "@/lib/urls";
import { parseAdminDocumentFilter, type AdminDocumentFilter } from "@/lib/validations/document";

export const metadata: Metadata = { title: "Văn bản" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function filterQuery(filter: AdminDocumentFilter): URLSearchParams {
  const query = new URLSearchParams();
  if (filter.q) query.set("q", filter.q);
  if (filter.type) query.set("loai", filter.type);
  if (filter.status) query.set("trangthai", filter.status);
  if (filter.year) query.set("nam", String(filter.year));
  return query;
}

export default async function DocumentsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireCapability("documents.manage");
  const params = await searchParams;
  const filter = parseAdminDocumentFilter(params);
  const page = pageNumber(params.trang);
  const { documents, total, pageCount } = await listAdminDocuments(filter, page);
  const query = filterQuery(filter);
  const isFiltered = query.size > 0;
  const hrefFor = (p: number) => pageHref(adminPaths.documents, query, p);
  return (
    <div className="space-y-4">
      <PageHeading title={TEXT.title} description={TEXT.description}>
        <Link href={adminPaths.newDocument} className={buttonClass("primary")}>
          {TEXT.add}
        </Link>
      </PageHeading>
      {params["da-xoa"] === "1" && <Notice>{TEXT.deleted}</Notice>}
      <DocumentFilterForm filter={filter} />
      <p className="text-sm text-stone-700" aria-live="polite">
        {isFiltered ? TEXT.found(total) : TEXT.total(total)}
      </p>
      {documents.length === 0 ? <EmptyState>{isFiltered ? TEXT.emptyFiltered : TEXT.empty}</EmptyState> : <DocumentTable documents={documents} />}
      <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} label="Phân trang danh sách văn bản" />
    </div>
  );
}
