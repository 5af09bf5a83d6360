import { formatLongDate } from "@/lib/content/dates";

// A document in the Party's format (Hướng dẫn 36-HD/VPTW): the issuing body
// top left (the superior body, the committee in bold, "*", the number left
// blank for the office to fill in), "ĐẢNG CỘNG SẢN VIỆT NAM" top right with
// its rule and the place and date in italics; the kind of document and its
// subject; the body; "Nơi nhận" and the signature block. On screen it is a
// sheet of paper; printed, A4 with the format's margins (app/globals.css).

export type Organisation = { superior: string; name: string; place: string; symbol: string };

type PartyDocumentProps = {
  organisation: Organisation;
  /** "BC" (báo cáo), "DS" (danh sách): the number's symbol, "Số    -BC/ĐUK". */
  symbolKind: string;
  date: Date;
  /** "BÁO CÁO", "DANH SÁCH". */
  kind: string;
  /** The subject line under the kind (trích yếu). */
  subject: string;
  recipients: readonly string[];
  signature: { on: string; title: string; name?: string };
  children: React.ReactNode;
};

// Upper case in the text itself (not only in CSS), so copied text and search read as printed.
const upper = (text: string) => text.toLocaleUpperCase("vi");

/** "Số       -BC/ĐUK": the number itself is written in by hand when the document is registered. */
export const numberLine = (symbolKind: string, symbol: string) => `Số\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-${symbolKind}/${symbol}`;

/** The sheet of paper on screen, A4 with the format's margins in print. */
export function PartySheet({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <article
      aria-label={label}
      className="party-document mx-auto max-w-[210mm] bg-white px-4 py-6 leading-snug text-black shadow-sm sm:py-[20mm] sm:pr-[15mm] sm:pl-[30mm] print:max-w-none print:p-0 print:shadow-none"
    >
      {children}
    </article>
  );
}

/**
 * The top of the page: the issuing body on the left (what follows its name,
 * e.g. "*" and the number line, comes as children), "ĐẢNG CỘNG SẢN VIỆT NAM"
 * with its rule and the place and date on the right.
 */
export function PartyHeader({ organisation, date, children }: { organisation: Organisation; date: Date; children: React.ReactNode }) {
  return (
    <header className="grid grid-cols-1 gap-4 text-center sm:grid-cols-[5fr_6fr] print:grid-cols-[5fr_6fr]">
      <div>
        <p>{upper(organisation.superior)}</p>
        <p className="font-bold">{upper(organisation.name)}</p>
        {children}
      </div>
      <div>
        <p className="font-bold">ĐẢNG CỘNG SẢN VIỆT NAM</p>
        <span aria-hidden="true" className="mx-auto mt-0.5 block w-3/5 border-t border-black" />
        <p className="mt-3 italic">
          {organisation.place}, {formatLongDate(date)}
        </p>
      </div>
    </header>
  );
}

export function PartyDocument({ organisation, symbolKind, date, kind, subject, recipients, signature, children }: PartyDocumentProps) {
  return (
    <PartySheet label={`${kind.charAt(0)}${kind.slice(1).toLocaleLowerCase("vi")}: ${subject}`}>
      <PartyHeader organisation={organisation} date={date}>
        <p aria-hidden="true">*</p>
        <p>{numberLine(symbolKind, organisation.symbol)}</p>
      </PartyHeader>

      <h1 className="mt-8 text-center font-bold">
        <span className="block text-[1.15em]">{kind}</span>{" "}
        <span className="mt-1 block">{subject}</span>
      </h1>
      <span aria-hidden="true" className="mx-auto mt-2 block w-24 border-t border-black" />

      <div className="mt-6 space-y-3 text-justify">{children}</div>

      <footer className="keep-together mt-8 grid grid-cols-1 gap-6 sm:grid-cols-2 print:grid-cols-2">
        <div className="text-[0.85em]">
          <p className="font-bold underline underline-offset-2">Nơi nhận:</p>
          <ul>
            {recipients.map((recipient) => (
              <li key={recipient}>- {recipient}</li>
            ))}
          </ul>
        </div>
        <div className="text-center font-bold">
          <p>{signature.on}</p>
          <p>{signature.title}</p>
          <p className="mt-24">{signature.name ?? "\u00a0"}</p>
        </div>
      </footer>
    </PartySheet>
  );
}

/** A numbered part of a document: "I. KẾT QUẢ CHUNG". */
export function DocumentSection({ heading, children }: { heading: string; children: React.ReactNode }) {
  return (
    <section className="mt-4 space-y-2">
      <h2 className="font-bold">{heading}</h2>
      {children}
    </section>
  );
}
