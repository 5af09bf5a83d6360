import type { Metadata } from "next";
import { PageHeading } from "@/components/admin/page-heading";
import { CreateSectionForm } from "@/components/admin/section-form";
import { SectionTable } from "@/components/admin/section-table";
import { EmptyState } from "@/components/ui/empty-state";
import { requireCapability } from "@/lib/server/auth/require-user";
import { listSections } from "@/lib/server/sections/list-sections";

export const metadata: Metadata = { title: "Chuyên mục" };

export default async function SectionsPage() {
  await requireCapability("sections.manage");
  const sections = await listSections();
  return (
    <div className="space-y-4">
      <PageHeading
        title="Chuyên mục"
        description="Thứ tự ở đây là thứ tự trên thanh điều hướng và trang chủ. Chuyên mục ẩn không hiện với bạn đọc; tin, bài của nó vẫn giữ nguyên."
      />
      {sections.length === 0 ? <EmptyState>Chưa có chuyên mục nào.</EmptyState> : <SectionTable sections={sections} />}
      <details className="rounded border border-stone-200 bg-white" open={sections.length === 0}>
        <summary className="flex min-h-12 cursor-pointer items-center px-4 font-semibold text-brand">Thêm chuyên mục</summary>
        <div className="border-t border-stone-200 p-4 sm:p-6">
          <CreateSectionForm />
        </div>
      </details>
    </div>
  );
}
