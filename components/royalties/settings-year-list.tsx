import Link from "next/link";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { adminPaths } from "@/lib/admin-paths";
import { formatVnd } from "@/lib/royalties/format-vnd";
import type { RoyaltyScheduleListRow } from "@/lib/server/royalties/get-royalty-schedule";

/** Every year's royalty settings, newest first, each opening its editor. */
export function SettingsYearList({ schedules }: { schedules: readonly RoyaltyScheduleListRow[] }) {
  return (
    <Table caption="Định mức nhuận bút theo năm">
      <THead>
        <tr>
          <Th>Năm</Th>
          <Th className="text-right">Mức lương cơ sở</Th>
          <Th className="text-right">Giá trị đơn vị hệ số</Th>
          <Th className="text-right">Dự toán kinh phí</Th>
          <Th className="text-right">Ô hệ số</Th>
          <Th className="text-right">Khoản thưởng</Th>
          <Th className="text-right">Bài đã chấm</Th>
        </tr>
      </THead>
      <tbody>
        {schedules.map((schedule) => (
          <tr key={schedule.year}>
            <Td className="font-semibold">
              <Link href={adminPaths.royaltySettingsYear(schedule.year)} className="text-brand underline-offset-2 hover:underline">
                Năm {schedule.year}
              </Link>
            </Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{formatVnd(schedule.baseSalaryVnd)}</Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{formatVnd(schedule.unitValueVnd)}</Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{schedule.budgetVnd > 0 ? formatVnd(schedule.budgetVnd) : <span className="text-stone-500">Chưa nhập</span>}</Td>
            <Td className="text-right tabular-nums">{schedule.rateCount}</Td>
            <Td className="text-right tabular-nums">{schedule.bonusCount}</Td>
            <Td className="text-right tabular-nums">{schedule.gradeCount}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
