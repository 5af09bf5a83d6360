import type { Metadata } from "next";
import { BackLink } from "@/components/admin/back-link";
import { PageHeading } from "@/components/admin/page-heading";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { adminPaths } from "@/lib/admin-paths";
import { requireCapability } from "@/lib/server/auth/require-user";

export const metadata: Metadata = { title: "Tạo chuyên trang" };

export default async function NewCampaignPage() {
  await requireCapability("campaigns.manage");
  return (
    <div className="space-y-4">
      <BackLink href={adminPaths.campaigns} label="Danh sách chuyên trang" />
      <PageHeading title="Tạo chuyên trang" />
      <div className="rounded border border-stone-200 bg-white p-4 sm:p-6">
        <CampaignForm
          values={{ name: "", slug: "", description: "", startDate: "", startTime: "", endDate: "", endTime: "", banner: null, bannerAlt: "", bannerLink: "", isSiteWide: false, sortOrder: 0 }}
        />
      </div>
    </div>
  );
}
