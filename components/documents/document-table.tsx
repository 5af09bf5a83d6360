import Link from "next/link";
import { formatShortDate } from "@/lib/content/dates";
import { documentTypeLabel } from "@/lib/documents/document-type-labels";
import type { DocumentListEntry } from "@/lib/server/documents/list-published-documents";
import { documentPath } from "@/lib/urls";

// A table on wide screens; each row stacks into a card on a phone.
export function DocumentTable({ documents }: { documents: DocumentListEntry[] }) {
  return (
    <table className="w-full border-collapse text-left">
      <caption className="sr-only">Danh sách văn bản</caption>
      <thead className="hidden border-b-2 border-brand text-sm text-stone-700 md:table-header-group">
        <tr>
          <th scope="col" className="w-40 py-2 pr-3">Số/ký hiệu</th>
          <th scope="col" className="w-28 py-2 pr-3">Ngày ban hành</th>
          <th scope="col" className="py-2 pr-3">Trích yếu</th>
          <th scope="col" className="w-48 py-2">Cơ quan ban hành</th>
        </tr>
      </thead>
      <tbody>
        {documents.map((doc) => (
          <tr key={doc.slug} className="block border-b border-stone-200 py-3 align-top md:table-row">
            <th scope="row" className="block pr-3 text-left font-semibold md:table-cell md:py-3">
              <Link href={documentPath(doc.slug)} className="text-brand hover:underline">
                {doc.numberSymbol}
              </Link>
            </th>
            <td className="block text-sm text-stone-600 md:table-cell md:py-3 md:pr-3">
              <time dateTime={doc.issuedAt}>{formatShortDate(doc.issuedAt)}</time>
            </td>
            <td className="block md:table-cell md:py-3 md:pr-3">
              <span className="mr-1.5 rounded bg-red-50 px-1.5 py-0.5 text-sm font-semibold text-brand">
                {documentTypeLabel(doc.type)}
              </span>
              <Link href={documentPath(doc.slug)} className="leading-snug text-stone-900 hover:underline">
                {doc.summary}
              </Link>
            </td>
            <td className="block text-sm text-stone-600 md:table-cell md:py-3">{doc.issuingBody}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
