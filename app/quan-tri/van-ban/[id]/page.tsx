import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/admin/page-heading";
import { DocumentFiles } from "@/components/documents-admin/document-files";
import { EditDocumentForm } from "@/components/documents-admin/document-form";
import { DocumentHistory } from "@/components/documents-admin/document-history";
import { DocumentPublication } from "@/components/documents-admin/document-publication";
import { DocumentStatusBadge } from "@/components/documents-admin/document-table";
import { DOCUMENT_PUBLICATION_TEXT } from "@/components/documents-admin/labels";
import { Notice } from "@/components/ui/flash-message";
import { can } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/server/auth/require-user";
import { formatDateTime } from "@/lib/content/dates";
import { documentTypeLabel } from "@/lib/documents/document-type-labels";
import { allowedDocumentMoves } from "@/lib/documents/transitions";
import { getAdminDocument } from "@/lib/server/documents/get-admin-document";
import { isPublicDocument } from "@/lib/server/documents/public-document";
import { listIssuingBodies } from "@/lib/server/documents/list-issuing-bodies";
import { adminPaths, documentPath } from "@/lib/urls";
import { vietnamToday } from "@/lib/validations/document";

export const metadata: Metadata = { title: "Văn bản" };

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DocumentPage({ params, searchParams }: Props) {
  const actor = await requireCapability("documents.manage");
  const id = Number((await params).id);
  const document = Number.isInteger(id) && id > 0 && id <= 2_147_483_647 ? await getAdminDocument(id) : null;
  if (!document) notFound();
  const [issuingBodies, query] = await Promise.all([listIssuingBodies(), searchParams]);
  const isPublished = isPublicDocument(document);
  return (
    <div className="space-y-4">
      <p>
        <Link href={adminPaths.documents} className="text-sm text-brand underline-offset-2 hover:underline">
          ‹ Danh sách văn bản
        </Link>
      </p>
      <PageHeading title={`${documentTypeLabel(document.type)} số ${document.numberSymbol}`} description={`Do ${document.createdBy.name} thêm lúc ${formatDateTime(document.createdAt)}.`}>
        {isPublished && (
          <Link href={documentPath(document.slug)} className="inline-flex min-h-11 items-center font-semibold text-brand underline-offset-2 hover:underline">
            {DOCUMENT_PUBLICATION_TEXT.viewPublic}
          </Link>
        )}
      </PageHeading>
      {query["da-tao"] === "1" && <Notice>Đã thêm văn bản (bản nháp). Bây giờ hãy tải lên tệp PDF hoặc Word (DOCX) của văn bản.</Notice>}

      <section aria-labelledby="cong-bo" className="space-y-3 rounded border border-stone-200 bg-white p-4 sm:p-6">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="cong-bo" className="text-lg font-bold">
            {DOCUMENT_PUBLICATION_TEXT.heading}
          </h2>
          <DocumentStatusBadge status={document.status} />
          {document.publishedAt && (
            <span className="text-sm text-stone-600">
              {DOCUMENT_PUBLICATION_TEXT.publishedAt}: {formatDateTime(document.publishedAt)}
            </span>
          )}
        </div>
        <DocumentPublication
          documentId={document.id}
          numberSymbol={document.numberSymbol}
          status={document.status}
          isNeverPublished={allowedDocumentMoves(actor, document).includes("delete")}
          fileCount={document.files.length}
          canPublish={can(actor, "documents.publish")}
        />
      </section>

      <section aria-labelledby="thong-tin" className="space-y-2">
        <h2 id="thong-tin" className="text-lg font-bold">
          Thông tin văn bản
        </h2>
        <EditDocumentForm
          documentId={document.id}
          updatedAt={document.updatedAt.toISOString()}
          values={{
            numberSymbol: document.numberSymbol,
            type: document.type,
            issuingBody: document.issuingBody,
            issuedAt: day(document.issuedAt),
            effectiveAt: day(document.effectiveAt),
            summary: document.summary,
            signerName: document.signerName ?? "",
          }}
          issuingBodies={issuingBodies}
          today={vietnamToday()}
        />
      </section>

      <DocumentFiles documentId={document.id} files={document.files} isPublished={isPublished} />
      <DocumentHistory history={document.history} />
    </div>
  );
}
