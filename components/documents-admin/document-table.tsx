import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { formatShortDate } from "@/lib/content/dates";
import { DOCUMENT_STATUS_LABELS, DOCUMENT_STATUS_TONES } from "@/lib/documents/document-status-labels";
import { DOCUMENT_TYPE_LABELS } from "@/lib/documents/document-type-labels";
import type { AdminDocumentRow } from "@/lib/server/documents/list-admin-documents";
import type { PublicationStatus } from "@/lib/generated/prisma/enums";
import { adminPaths } from "@/lib/admin-paths";

export function DocumentStatusBadge({ status }: { status: PublicationStatus }) {
  return <Badge tone={DOCUMENT_STATUS_TONES[status]}>{DOCUMENT_STATUS_LABELS[status]}</Badge>;
}

const shorten = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max).replace(/\s+\S*$/, "")}…` : text);

export function DocumentTable({ documents }: { documents: AdminDocumentRow[] }) {
  return (
    <Table caption="Danh sách văn bản">
      <THead>
        <tr>
          <Th>Số/ký hiệu</Th>
          <Th>Loại</Th>
          <Th>Trích yếu</Th>
          <Th>Ngày ban hành</Th>
          <Th>Tệp</Th>
          <Th>Trạng thái</Th>
        </tr>
      </THead>
      <tbody>
        {documents.map((document) => (
          <tr key={document.id} className="hover:bg-stone-50">
            <Td className="whitespace-nowrap">
              <Link href={adminPaths.document(document.id)} className="font-semibold text-brand underline-offset-2 hover:underline">
                {document.numberSymbol}
              </Link>
            </Td>
            <Td className="whitespace-nowrap">{DOCUMENT_TYPE_LABELS[document.type]}</Td>
            <Td className="min-w-64">
              {shorten(document.summary)}
              <span className="block text-stone-600">{document.issuingBody}</span>
            </Td>
            <Td className="whitespace-nowrap">
              <time dateTime={document.issuedAt.toISOString().slice(0, 10)}>{formatShortDate(document.issuedAt)}</time>
            </Td>
            <Td>{document.fileCount}</Td>
            <Td>
              <DocumentStatusBadge status={document.status} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
