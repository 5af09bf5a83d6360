import Link from "next/link";
import { formatShortDate } from "@/lib/content/dates";
import { documentTypeLabel } from "@/lib/documents/document-type-labels";
import type { DocumentHit } from "@/lib/server/search/search-site";
import { documentPath } from "@/lib/urls";

// numberSymbolHtml and summaryHtml are escaped by lib/search/highlight.
export function DocumentHitRow({ hit }: { hit: DocumentHit }) {
  return (
    <li className="py-4">
      <h3 className="text-lg leading-snug font-semibold">
        <Link href={documentPath(hit.slug)} className="text-brand hover:underline">
          <span className="sr-only">Văn bản số </span>
          <span dangerouslySetInnerHTML={{ __html: hit.numberSymbolHtml }} />
        </Link>
      </h3>
      <p className="mt-1 text-sm text-stone-600">
        <span className="rounded bg-red-50 px-1.5 py-0.5 font-semibold text-brand">{documentTypeLabel(hit.type)}</span>{" "}
        {hit.issuingBody}
        <span aria-hidden="true"> · </span>
        <time dateTime={hit.issuedAt}>{formatShortDate(hit.issuedAt)}</time>
      </p>
      <p className="mt-1.5 leading-relaxed text-stone-800" dangerouslySetInnerHTML={{ __html: hit.summaryHtml }} />
    </li>
  );
}
