import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { adminPaths } from "@/lib/admin-paths";
import { formatShortDate } from "@/lib/content/dates";
import { formatVnd } from "@/lib/royalties/format-vnd";
import { GENRE_LABELS } from "@/lib/royalties/royalty-labels";
import { formatCoefficient, formatSharePercent } from "@/lib/royalties/royalty-maths";
import { royaltyPeriodLabel } from "@/lib/royalties/royalty-period";
import { PAYMENT_STATUS_LABELS, SHEET_COLUMNS } from "@/lib/royalties/royalty-sheet-labels";
import type { RoyaltySheet, SheetAuthor } from "@/lib/royalties/royalty-sheet-types";
import { SheetPayControls } from "@/components/royalties/sheet-pay-controls";

const COLUMNS = 8;

function PaymentCell({ author, period, isLocked, today }: { author: SheetAuthor; period: string; isLocked: boolean; today: string }) {
  const { payment, paymentStatus } = author;
  return (
    <div className="space-y-1">
      <p className="flex flex-wrap items-center gap-2">
        <Badge tone={paymentStatus === "PAID" ? "success" : paymentStatus === "PAID_DIFFERS" ? "danger" : "neutral"}>{PAYMENT_STATUS_LABELS[paymentStatus]}</Badge>
        {payment && (
          <span className="text-sm text-stone-700">
            {formatVnd(payment.amountVnd)} ngày {formatShortDate(`${payment.paidOn}T12:00:00Z`)} ({payment.recordedByName} ghi)
          </span>
        )}
      </p>
      {paymentStatus === "PAID_DIFFERS" && payment && (
        <p role="note" className="text-sm text-red-800">
          Số đã chi khác số hiện tại {formatVnd(author.totalVnd)} (lệch {formatVnd(author.totalVnd - payment.amountVnd)}) do điểm đã được sửa sau khi mở khóa.
        </p>
      )}
      {isLocked && author.itemCount > 0 && <SheetPayControls period={period} userId={author.userId} name={author.name} today={today} isPaid={payment !== null} />}
    </div>
  );
}

/** The sheet by author: each author's items, their subtotal and payment, then the month's total. */
export function SheetTable({ sheet, today }: { sheet: RoyaltySheet; today: string }) {
  return (
    <Table caption={`Bảng nhuận bút ${royaltyPeriodLabel(sheet.period)} theo tác giả`}>
      <THead>
        <tr>
          <Th className="w-12 text-center">{SHEET_COLUMNS.index}</Th>
          <Th>{SHEET_COLUMNS.title}</Th>
          <Th>{SHEET_COLUMNS.genre}</Th>
          <Th className="text-center">{SHEET_COLUMNS.grade}</Th>
          <Th className="text-right">{SHEET_COLUMNS.coefficient}</Th>
          <Th className="text-right">Thưởng</Th>
          <Th className="text-right">Tỷ lệ hưởng</Th>
          <Th className="text-right">Thành tiền</Th>
        </tr>
      </THead>
      {sheet.authors.map((author, authorIndex) => (
        <tbody key={author.userId} aria-label={author.name} data-author-id={author.userId}>
          <tr className="bg-stone-50">
            <Td colSpan={COLUMNS} className="border-t-2 border-stone-200">
              <span className="font-semibold text-stone-900">
                {authorIndex + 1}. {author.name}
              </span>
              <span className="text-sm text-stone-600"> · {author.unitName}</span>
            </Td>
          </tr>
          {author.rows.map((row, index) => (
            <tr key={row.itemId}>
              <Td className="text-center text-stone-600">{index + 1}</Td>
              <Td>
                <Link href={adminPaths.item(row.itemId)} className="text-brand underline">
                  {row.title}
                </Link>
                {row.itemStatus === "UNPUBLISHED" && <span className="ml-2 text-xs text-stone-600">(đã gỡ)</span>}
              </Td>
              <Td>{GENRE_LABELS[row.genre]}</Td>
              <Td className="text-center">{row.grade}</Td>
              <Td className="text-right tabular-nums">{formatCoefficient(row.coefficient)}</Td>
              <Td className="text-right tabular-nums">{row.bonusPercent > 0 ? `${row.bonusPercent} %` : "–"}</Td>
              <Td className="text-right tabular-nums">{formatSharePercent(row.shareBasisPoints)} %</Td>
              <Td className="text-right whitespace-nowrap tabular-nums">{formatVnd(row.amountVnd)}</Td>
            </tr>
          ))}
          <tr>
            <Td colSpan={COLUMNS - 1}>
              <PaymentCell author={author} period={sheet.period} isLocked={sheet.isLocked} today={today} />
            </Td>
            <Td className="text-right font-semibold whitespace-nowrap tabular-nums" data-testid="tong-tac-gia">
              <span className="sr-only">Cộng của {author.name}: </span>
              {formatVnd(author.totalVnd)}
            </Td>
          </tr>
        </tbody>
      ))}
      <tfoot>
        <tr className="border-t-2 border-stone-300 bg-stone-100">
          <Td colSpan={COLUMNS - 1} className="font-bold text-stone-900">
            Tổng cộng ({sheet.gradedItemCount} tin, bài)
          </Td>
          <Td className="text-right font-bold whitespace-nowrap tabular-nums" data-testid="tong-cong">
            {formatVnd(sheet.totalVnd)}
          </Td>
        </tr>
      </tfoot>
    </Table>
  );
}
