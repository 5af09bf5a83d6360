import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/admin/page-heading";
import { SettingsCreateYear } from "@/components/royalties/settings-create-year";
import { SettingsEditorForm } from "@/components/royalties/settings-editor-form";
import { Notice } from "@/components/ui/flash-message";
import { adminPaths } from "@/lib/admin-paths";
import { requireCapability } from "@/lib/server/auth/require-user";
import { getRoyaltySchedule, previousScheduleYear } from "@/lib/server/royalties/get-royalty-schedule";
import { SCHEDULE_YEAR_MAX, SCHEDULE_YEAR_MIN } from "@/lib/validations/royalty-schedule";

type Props = { params: Promise<{ nam: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Định mức nhuận bút năm ${(await params).nam}` };
}

function createdNotice(value: string | string[] | undefined, year: number): string | null {
  if (typeof value !== "string") return null;
  if (value === "mac-dinh") return `Đã tạo định mức năm ${year} theo mẫu (chưa có năm trước để sao chép). Xem lại các mức, bảng hệ số rồi lưu.`;
  if (/^\d{4}$/.test(value)) return `Đã tạo định mức năm ${year} từ định mức năm ${value}. Nhập dự toán kinh phí, xem lại các mức rồi lưu.`;
  return null;
}

export default async function RoyaltySettingsYearPage({ params, searchParams }: Props) {
  await requireCapability("royalty-rates.manage");
  const raw = (await params).nam;
  const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  if (!(year >= SCHEDULE_YEAR_MIN && year <= SCHEDULE_YEAR_MAX)) notFound();
  const [schedule, notice] = [await getRoyaltySchedule(year), createdNotice((await searchParams)["da-tao"], year)];
  const back = (
    <p>
      <Link href={adminPaths.royaltySettings} className="text-sm text-brand underline-offset-2 hover:underline">
        ‹ Định mức nhuận bút các năm
      </Link>
    </p>
  );
  if (!schedule) {
    return (
      <div className="space-y-4">
        {back}
        <PageHeading title={`Định mức nhuận bút năm ${year}`} />
        <section className="space-y-3 rounded border border-amber-300 bg-amber-50 p-4 sm:p-5">
          <p className="text-stone-800">Năm {year} chưa có định mức nhuận bút.</p>
          <SettingsCreateYear year={year} fromYear={await previousScheduleYear(year)} />
        </section>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      {back}
      <PageHeading title={`Định mức nhuận bút năm ${year}`} description="Nhuận bút của một bài = hệ số × giá trị một đơn vị hệ số × (1 + tỷ lệ thưởng)." />
      {notice && <Notice>{notice}</Notice>}
      <SettingsEditorForm schedule={schedule} />
    </div>
  );
}
