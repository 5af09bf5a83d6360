import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatShortDate } from "@/lib/content/dates";
import { documentTypeLabel } from "@/lib/documents/document-type-labels";
import { getPublishedDocument } from "@/lib/server/documents/get-published-document";
import { isPlausibleSlug } from "@/lib/content/is-plausible-slug";
import { documentPath } from "@/lib/urls";
import { DocumentAttachments } from "@/components/documents/document-attachments";
import { Breadcrumbs } from "@/components/site/breadcrumbs";

export const dynamic = "force-dynamic";

type DocumentPageProps = { params: Promise<{ slug: string }> };

async function loadDocument({ params }: DocumentPageProps) {
  const { slug } = await params;
  if (!isPlausibleSlug(slug)) notFound();
  const document = await getPublishedDocument(slug);
  if (!document) notFound();
  return document;
}

export async function generateMetadata(props: DocumentPageProps): Promise<Metadata> {
  const document = await loadDocument(props);
  const title = `${documentTypeLabel(document.type)} số ${document.numberSymbol}`;
  return {
    title,
    description: document.summary,
    alternates: { canonical: documentPath(document.slug) },
    openGraph: { title, description: document.summary, type: "article", locale: "vi_VN", url: documentPath(document.slug) },
  };
}

export default async function DocumentPage(props: DocumentPageProps) {
  const document = await loadDocument(props);
  const typeLabel = documentTypeLabel(document.type);
  const facts: [label: string, value: React.ReactNode][] = [
    ["Số/ký hiệu", document.numberSymbol],
    ["Loại văn bản", typeLabel],
    ["Cơ quan ban hành", document.issuingBody],
    ["Ngày ban hành", <time key="issued" dateTime={document.issuedAt}>{formatShortDate(document.issuedAt)}</time>],
    [
      "Ngày hiệu lực",
      document.effectiveAt ? (
        <time key="effective" dateTime={document.effectiveAt}>{formatShortDate(document.effectiveAt)}</time>
      ) : (
        "Không ghi"
      ),
    ],
    ["Người ký", document.signerName ?? "Không ghi"],
    ["Trích yếu", document.summary],
  ];

  return (
    <>
      <Breadcrumbs crumbs={[{ name: "Văn bản", href: "/van-ban" }, { name: document.numberSymbol }]} />
      <article className="max-w-4xl">
        <header className="mb-6 border-b-2 border-brand pb-4">
          <p className="text-sm font-semibold text-brand uppercase">{typeLabel}</p>
          <h1 className="mt-1 text-2xl font-bold text-stone-900 sm:text-3xl">Số {document.numberSymbol}</h1>
          <p className="mt-2 text-lg leading-snug text-stone-800">{document.summary}</p>
        </header>

        <dl className="grid gap-x-6 gap-y-3 rounded border border-stone-200 bg-white p-4 sm:grid-cols-[12rem_1fr]">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold text-stone-700">{label}</dt>
              <dd className="text-stone-900">{value}</dd>
            </div>
          ))}
        </dl>

        <section aria-labelledby="tep-dinh-kem" className="mt-8">
          <h2 id="tep-dinh-kem" className="mb-3 text-lg font-bold text-brand uppercase">
            Tệp đính kèm
          </h2>
          <DocumentAttachments files={document.files} />
        </section>
      </article>
    </>
  );
}
