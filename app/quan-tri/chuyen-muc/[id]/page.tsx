import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/admin/page-heading";
import { EditSectionForm } from "@/components/admin/section-form";
import { requireCapability } from "@/lib/server/auth/require-user";
import { getSection } from "@/lib/server/sections/list-sections";
import { sectionPath } from "@/lib/urls";

export const metadata: Metadata = { title: "Chuyên mục" };

export default async function SectionPage({ params }: { params: Promise<{ id: string }> }) {
  await requireCapability("sections.manage");
  const id = Number((await params).id);
  const section = Number.isInteger(id) && id > 0 ? await getSection(id) : null;
  if (!section) notFound();
  return (
    <div className="space-y-4">
      <p>
        <Link href="/quan-tri/chuyen-muc" className="text-sm text-brand underline-offset-2 hover:underline">
          ‹ Danh sách chuyên mục
        </Link>
      </p>
      <PageHeading title={section.name} description={section.isVisible ? `Đang hiện tại ${sectionPath(section.slug)}` : "Đang ẩn với bạn đọc"} />
      <div className="rounded border border-stone-200 bg-white p-4 sm:p-6">
        <EditSectionForm section={section} />
      </div>
    </div>
  );
}
