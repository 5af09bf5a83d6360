import type { Metadata } from "next";
import { BackLink } from "@/components/admin/back-link";
import { PageHeading } from "@/components/admin/page-heading";
import { BannerForm } from "@/components/campaigns/banner-form";
import { adminPaths } from "@/lib/admin-paths";
import { requireCapability } from "@/lib/server/auth/require-user";

export const metadata: Metadata = { title: "Thêm banner" };

export default async function NewBannerPage() {
  await requireCapability("banners.manage");
  return (
    <div className="space-y-4">
      <BackLink href={adminPaths.banners} label="Danh sách banner" />
      <PageHeading title="Thêm banner" />
      <div className="rounded border border-stone-200 bg-white p-4 sm:p-6">
        <BannerForm values={{ name: "", slot: "SIDE", image: null, alt: "", linkUrl: "", startDate: "", startTime: "", endDate: "", endTime: "", sortOrder: 0 }} />
      </div>
    </div>
  );
}
