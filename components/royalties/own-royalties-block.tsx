import { HomeBlock } from "@/components/dashboard/home-block";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { can, type Actor } from "@/lib/auth/permissions";
import { formatShortDate } from "@/lib/content/dates";
import { formatVnd } from "@/lib/royalties/format-vnd";
import { getOwnRoyalties } from "@/lib/server/royalties/get-own-royalties";
import { yearOrCurrent } from "@/lib/royalties/royalty-sheet-maths";

/**
 * The signed-in author's own royalties this year, month by month: amount,
 * and paid (with the date) or not yet. Shown to whoever writes or has a
 * share this year; never anyone else's. Loads its own data.
 */
export async function OwnRoyaltiesBlock({ user, now = new Date() }: { user: Actor; now?: Date }) {
  const year = yearOrCurrent(undefined, now);
  const own = await getOwnRoyalties(user.id, year);
  if (own.months.length === 0 && !can(user, "items.write-own")) return null;
  return (
    <HomeBlock id="nhuan-but-cua-toi" title={`Nhuận bút năm ${year} của tôi`} description="Nhuận bút các tin, bài của bạn đã được Ban Biên tập chấm, theo tháng đăng.">
      {own.months.length === 0 ? (
        <EmptyState>Năm {year} bạn chưa có tin, bài nào được chấm nhuận bút.</EmptyState>
      ) : (
        <Table caption={`Nhuận bút năm ${year} của tôi theo tháng`}>
          <THead>
            <tr>
              <Th>Tháng</Th>
              <Th className="text-right">Tin, bài</Th>
              <Th className="text-right">Số tiền</Th>
              <Th>Tình trạng</Th>
            </tr>
          </THead>
          <tbody>
            {own.months.map((month) => (
              <tr key={month.period}>
                <Td>Tháng {month.month}</Td>
                <Td className="text-right tabular-nums">{month.itemCount}</Td>
                <Td className="text-right whitespace-nowrap tabular-nums">{formatVnd(month.amountVnd)}</Td>
                <Td>
                  {month.payment
                    ? `Đã nhận ${month.payment.amountVnd === month.amountVnd ? "" : `${formatVnd(month.payment.amountVnd)} `}ngày ${formatShortDate(`${month.payment.paidOn}T12:00:00Z`)}`
                    : month.isLocked
                      ? "Đã khóa sổ, chờ chi"
                      : "Chưa khóa sổ"}
                </Td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-stone-300 bg-stone-100 font-semibold">
              <Td>Cả năm</Td>
              <Td />
              <Td className="text-right whitespace-nowrap tabular-nums">{formatVnd(own.totalVnd)}</Td>
              <Td>Đã nhận {formatVnd(own.paidVnd)}</Td>
            </tr>
          </tfoot>
        </Table>
      )}
    </HomeBlock>
  );
}
