import type { Metadata } from "next";
import { PageHeading } from "@/components/admin/page-heading";
import { SettingsCreateYear } from "@/components/royalties/settings-create-year";
import { SettingsYearList } from "@/components/royalties/settings-year-list";
import { EmptyState } from "@/components/ui/empty-state";
import { requireCapability } from "@/lib/server/auth/require-user";
import { vietnamYear } from "@/lib/content/dates";
import { listRoyaltySchedules } from "@/lib/server/royalties/get-royalty-schedule";

export const metadata: Metadata = { title: "Định mức nhuận bút" };

export default async function RoyaltySettingsPage() {
  await requireCapability("royalty-rates.manage");
  const schedules = await listRoyaltySchedules();
  const thisYear = vietnamYear(new Date());
  const years = schedules.map((schedule) => schedule.year);
  // This year first if it has none, otherwise the year after the latest.
  const suggested = years.includes(thisYear) ? Math.max(...years) + 1 : thisYear;
  const fromYear = years.filter((year) => year < suggested).sort((a, b) => b - a)[0] ?? null;
  return (
    <div className="space-y-5">
      <PageHeading
        title="Định mức nhuận bút"
        description="Mỗi năm một định mức: mức lương cơ sở, giá trị một đơn vị hệ số, bảng hệ số theo thể loại và loại, các khoản thưởng, dự toán kinh phí (Nghị định 18/2014/NĐ-CP và quy định của địa phương)."
      />
      <section aria-labelledby="tao-nam" className="space-y-3 rounded border border-stone-200 bg-white p-4 sm:p-5">
        <h2 id="tao-nam" className="text-lg font-bold text-stone-900">
          Tạo định mức năm mới
        </h2>
        <SettingsCreateYear year={suggested} fromYear={fromYear} />
      </section>
      <section aria-labelledby="cac-nam" className="space-y-2">
        <h2 id="cac-nam" className="text-lg font-bold text-stone-900">
          Các năm đã có định mức
        </h2>
        {schedules.length === 0 ? <EmptyState>Chưa có định mức nhuận bút nào. Tạo định mức năm {suggested} ở trên để bắt đầu.</EmptyState> : <SettingsYearList schedules={schedules} />}
      </section>
    </div>
  );
}
