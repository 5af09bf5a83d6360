import { DNum, DocumentTable, DTd, DTh } from "@/components/print/document-table";
import { PartyHeader, PartySheet, type Organisation } from "@/components/print/party-document";
import { groupThousands } from "@/lib/royalties/format-vnd";
import { GENRE_LABELS } from "@/lib/royalties/royalty-labels";
import { formatCoefficient } from "@/lib/royalties/royalty-maths";
import { royaltyPeriodLabel } from "@/lib/royalties/royalty-period";
import { SHEET_COLUMNS, SIGNATURES, sheetTitle } from "@/lib/royalties/royalty-sheet-labels";
import type { RoyaltySheet } from "@/lib/royalties/royalty-sheet-types";
import { vndInWords } from "@/lib/royalties/vnd-in-words";

/**
 * The month's payment sheet as the office files it: the issuing body, the
 * title, one row per author (their items with genre and coefficient, the
 * amount, a column to sign for it), the total in figures and in words, and
 * the three signatures: the preparer, the accountant, the head of the unit.
 */
export function PrintRoyaltySheet({ sheet, organisation, date }: { sheet: RoyaltySheet; organisation: Organisation; date: Date }) {
  const authors = sheet.authors.filter((author) => author.itemCount > 0);
  return (
    <PartySheet label={`Bảng thanh toán nhuận bút ${royaltyPeriodLabel(sheet.period)}`}>
      <PartyHeader organisation={organisation} date={date}>
        <span aria-hidden="true" className="mx-auto mt-0.5 block w-1/3 border-t border-black" />
      </PartyHeader>

      <h1 className="mt-8 text-center text-[1.15em] font-bold">{sheetTitle(sheet.period)}</h1>
      <p className="mt-1 text-center italic">Tin, bài đăng trên Trang thông tin điện tử {organisation.name}</p>

      <div className="mt-6">
        {authors.length === 0 ? (
          <p className="italic">Không có tin, bài nào được chấm nhuận bút trong {royaltyPeriodLabel(sheet.period)}.</p>
        ) : (
          <DocumentTable caption={sheetTitle(sheet.period)} widths={[6, 24, 38, 14, 18]}>
            <thead>
              <tr>
                <DTh>{SHEET_COLUMNS.index}</DTh>
                <DTh>{SHEET_COLUMNS.author}</DTh>
                <DTh>Tin, bài (thể loại, hệ số)</DTh>
                <DTh>{SHEET_COLUMNS.total}</DTh>
                <DTh>{SHEET_COLUMNS.signature}</DTh>
              </tr>
            </thead>
            <tbody>
              {authors.map((author, index) => (
                <tr key={author.userId}>
                  <DNum value={index + 1} />
                  <DTd>
                    <span className="font-semibold">{author.name}</span>
                    <span className="block">{author.unitName}</span>
                  </DTd>
                  <DTd>
                    <ol className="list-inside list-decimal">
                      {author.rows.map((row) => (
                        <li key={row.itemId}>
                          {row.title} ({GENRE_LABELS[row.genre]}, hệ số {formatCoefficient(row.coefficient)}
                          {row.shareBasisPoints < 10_000 ? `, hưởng ${formatCoefficient(row.shareBasisPoints)} %` : ""})
                        </li>
                      ))}
                    </ol>
                  </DTd>
                  <DTd className="text-right tabular-nums">{groupThousands(author.totalVnd)}</DTd>
                  <DTd />
                </tr>
              ))}
              <tr className="font-bold">
                <DTd colSpan={3} className="text-center">
                  Tổng cộng ({sheet.gradedItemCount} tin, bài)
                </DTd>
                <DTd className="text-right tabular-nums" data-testid="in-tong-cong">
                  {groupThousands(sheet.totalVnd)}
                </DTd>
                <DTd />
              </tr>
            </tbody>
          </DocumentTable>
        )}
        <p className="mt-3">
          <span className="font-bold">Bằng chữ:</span> <span className="italic">{vndInWords(sheet.totalVnd)}.</span>
        </p>
      </div>

      <footer className="keep-together mt-8 grid grid-cols-[1fr_1fr_auto] gap-4 text-center">
        {SIGNATURES.map((signature) => (
          <div key={signature.title}>
            <p className="font-bold">{signature.title}</p>
            <p className="text-[0.85em] italic">{signature.hint}</p>
            <p className="mt-24">{"\u00a0"}</p>
          </div>
        ))}
      </footer>
    </PartySheet>
  );
}
