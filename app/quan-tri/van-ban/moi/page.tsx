import type { Metadata } from "next";
import { PageHeading } from "@/components/admin/page-heading";
import { CreateDocumentForm } from "@/components/documents-admin/document-form";
import { requireCapability } from "@/lib/server/auth/require-user";
import { listIssuingBodies } from "@/lib/server/documents/list-issuing-bodies";
import { vietnamToday } from "@/lib/validations/document";

export const metadata: Metadata = { title: "Thêm văn bản" };

export default async function NewDocumentPage() {
  await requireCapability("documents.manage");
  const issuingBodies = await listIssuingBodies();
  return (
    <div className="space-y-4">
      <PageHeading title="Thêm văn bản" description="Nhập thông tin như in trên văn bản; tệp PDF hoặc Word đính kèm ở bước tiếp theo." />
      <CreateDocumentForm issuingBodies={issuingBodies} today={vietnamToday()} />
    </div>
  );
}
