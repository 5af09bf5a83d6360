import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { adminPaths } from "@/lib/admin-paths";
import { formatVnd } from "@/lib/royalties/format-vnd";
import type { RoyaltyYear } from "@/lib/royalties/royalty-sheet-types";

const money = "text-right whitespace-nowrap tabular-nums";

/** Budget against payments, month by month: graded, paid, paid so far, budget left. */
export function YearMonthTable({ data }: { data: RoyaltyYear }) {
  return (
    <Table caption={`Dự toán và chi trả nhuận bút năm ${data.year} theo tháng`}>
      <THead>
        <tr>
          <Th>Tháng</Th>
          <Th className="text-right">Tin, bài đã chấm</Th>
          <Th className="text-right">Đã chấm</Th>
          <Th className="text-right">Đã chi</Th>
          <Th className="text-right">Lũy kế đã chi</Th>
          <Th className="text-right">Dự toán còn lại</Th>
          <Th>Sổ tháng</Th>
        </tr>
      </THead>
      <tbody>
        {data.months.map((month) => (
          <tr key={month.period}>
            <Td>
              <Link href={`${adminPaths.royalties}?thang=${month.period}`} className="text-brand underline">
                Tháng {month.month}
              </Link>
            </Td>
            <Td className="text-right tabular-nums">{month.itemCount}</Td>
            <Td className={money}>{formatVnd(month.gradedVnd)}</Td>
            <Td className={money}>{formatVnd(month.paidVnd)}</Td>
            <Td className={money}>{formatVnd(month.cumulativePaidVnd)}</Td>
            <Td className={`${money} ${month.remainingVnd < 0 ? "font-semibold text-red-800" : ""}`}>{data.hasSchedule ? formatVnd(month.remainingVnd) : "–"}</Td>
            <Td>{month.isLocked ? <Badge tone="success">Đã khóa</Badge> : <Badge>Chưa khóa</Badge>}</Td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="border-t-2 border-stone-300 bg-stone-100 font-bold">
          <Td>Cả năm</Td>
          <Td className="text-right tabular-nums">{data.itemCount}</Td>
          <Td className={money}>{formatVnd(data.gradedVnd)}</Td>
          <Td className={money} data-testid="nam-da-chi">
            {formatVnd(data.paidVnd)}
          </Td>
          <Td className={money}>{formatVnd(data.paidVnd)}</Td>
          <Td className={money}>{data.hasSchedule ? formatVnd(data.remainingVnd) : "–"}</Td>
          <Td />
        </tr>
      </tfoot>
    </Table>
  );
}

/** Each author's year: items graded, amount graded, amount paid. */
export function YearAuthorTable({ data }: { data: RoyaltyYear }) {
  return (
    <Table caption={`Nhuận bút năm ${data.year} theo tác giả`}>
      <THead>
        <tr>
          <Th className="w-12 text-center">STT</Th>
          <Th>Họ và tên</Th>
          <Th>Đơn vị</Th>
          <Th className="text-right">Tin, bài</Th>
          <Th className="text-right">Đã chấm</Th>
          <Th className="text-right">Đã chi</Th>
        </tr>
      </THead>
      <tbody>
        {data.authors.map((author, index) => (
          <tr key={author.userId}>
            <Td className="text-center">{index + 1}</Td>
            <Td className="font-medium">{author.name}</Td>
            <Td>{author.unitName}</Td>
            <Td className="text-right tabular-nums">{author.itemCount}</Td>
            <Td className={money}>{formatVnd(author.gradedVnd)}</Td>
            <Td className={money}>{formatVnd(author.paidVnd)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
