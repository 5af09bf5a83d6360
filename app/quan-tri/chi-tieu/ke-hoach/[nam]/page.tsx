import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/admin/page-heading";
import { CreatePlanButton } from "@/components/quotas/create-plan-button";
import { PlanEditorForm } from "@/components/quotas/plan-editor-form";
import { Notice } from "@/components/ui/flash-message";
import { adminPaths } from "@/lib/admin-paths";
import { requireCapability } from "@/lib/server/auth/require-user";
import { getQuotaPlanEditor, previousPlanYear } from "@/lib/server/quotas/list-quota-plans";
import { PLAN_YEAR_MAX, PLAN_YEAR_MIN } from "@/lib/validations/quota-plan";

type Props = { params: Promise<{ nam: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Kế hoạch chỉ tiêu năm ${(await params).nam}` };
}

function createdNotice(value: string | string[] | undefined, year: number): string | null {
  if (typeof value !== "string") return null;
  if (value === "trong") return `Đã tạo kế hoạch năm ${year} (chưa có kế hoạch năm trước để sao chép). Nhập số/ký hiệu, ngày ban hành và các chỉ tiêu rồi lưu.`;
  if (/^\d{4}$/.test(value)) return `Đã tạo kế hoạch năm ${year} từ kế hoạch năm ${value}. Điền số/ký hiệu, ngày ban hành, xem lại các chỉ tiêu rồi lưu.`;
  return null;
}

export default async function QuotaPlanPage({ params, searchParams }: Props) {
  await requireCapability("quota-rules.manage");
  const raw = (await params).nam;
  const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  if (!(year >= PLAN_YEAR_MIN && year <= PLAN_YEAR_MAX)) notFound();
  const [editor, notice] = [await getQuotaPlanEditor(year), createdNotice((await searchParams)["da-tao"], year)];
  const back = (
    <p>
      <Link href={adminPaths.quotaPlans} className="text-sm text-brand underline-offset-2 hover:underline">
        ‹ Các kế hoạch chỉ tiêu
      </Link>
    </p>
  );
  if (!editor) {
    const previous = await previousPlanYear(year);
    return (
      <div className="space-y-4">
        {back}
        <PageHeading title={`Kế hoạch chỉ tiêu năm ${year}`} />
        <section className="space-y-3 rounded border border-amber-300 bg-amber-50 p-4 sm:p-5">
          <p className="text-stone-800">Năm {year} chưa có kế hoạch chỉ tiêu.</p>
          <CreatePlanButton year={year} canManage hasPreviousYear={previous !== null} />
        </section>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      {back}
      <PageHeading title={`Kế hoạch chỉ tiêu năm ${year}`} description={editor.plan.name}>
        <Link href={`${adminPaths.quotas}?nam=${year}`} className="self-center text-sm text-brand underline-offset-2 hover:underline">
          Xem bảng chỉ tiêu năm {year}
        </Link>
      </PageHeading>
      {notice && <Notice>{notice}</Notice>}
      <PlanEditorForm plan={editor.plan} updatedAt={editor.updatedAt} />
    </div>
  );
}
