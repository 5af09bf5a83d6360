import Link from "next/link";
import { formatShortDate } from "@/lib/content/dates";
import type { HomeDocument } from "@/lib/server/items/public/get-home-page";
import { documentPath } from "@/lib/urls";
import { BlockHeading } from "@/components/site/block-heading";

/** The newest directive documents, by number/symbol and summary (trích yếu). */
export function DocumentList({ documents }: { documents: HomeDocument[] }) {
  return (
    <section aria-labelledby="khoi-van-ban">
      <BlockHeading id="khoi-van-ban" title="Văn bản chỉ đạo" href="/van-ban" moreLabel="Tất cả văn bản" />
      {documents.length === 0 ? (
        <p className="text-stone-600">Chưa có văn bản.</p>
      ) : (
        <DocumentLinks documents={documents} />
      )}
    </section>
  );
}

/** Documents as links: number/symbol, date and summary (the home block and campaign pages). */
export function DocumentLinks({ documents }: { documents: HomeDocument[] }) {
  return (
    <ul className="divide-y divide-stone-200">
      {documents.map((doc) => (
        <li key={doc.slug} className="py-2.5">
          <Link href={documentPath(doc.slug)} className="group block">
            <span className="font-semibold text-brand group-hover:underline">{doc.numberSymbol}</span>
            <span className="text-sm text-stone-600">
              {" "}
              · ngày <time dateTime={doc.issuedAt}>{formatShortDate(doc.issuedAt)}</time>
            </span>
            <span className="mt-0.5 block leading-snug text-stone-800 group-hover:underline">{doc.summary}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
