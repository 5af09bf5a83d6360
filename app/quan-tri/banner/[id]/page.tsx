import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/admin/back-link";
import { PageHeading } from "@/components/admin/page-heading";
import { BannerControls } from "@/components/campaigns/banner-controls";
import { BannerForm } from "@/components/campaigns/banner-form";
import { BannerStatusBadge } from "@/components/campaigns/status-badges";
import { adminPaths } from "@/lib/admin-paths";
import { requireCapability } from "@/lib/server/auth/require-user";
import { getAdminBanner } from "@/lib/server/banners/get-admin-banner";
import { bannerStatus } from "@/lib/campaigns/campaign-status";
import { toVietnamFields } from "@/lib/campaigns/window";

export const metadata: Metadata = { title: "Banner" };

export default async function BannerPage({ params }: { params: Promise<{ id: string }> }) {
  await requireCapability("banners.manage");
  const id = Number((await params).id);
  const banner = Number.isInteger(id) && id > 0 ? await getAdminBanner(id) : null;
  if (!banner) notFound();
  const start = toVietnamFields(banner.startsAt, "start");
  const end = toVietnamFields(banner.endsAt, "end");
  return (
    <div className="space-y-4">
      <BackLink href={adminPaths.banners} label="Danh sách banner" />
      <PageHeading title={banner.name}>
        <BannerStatusBadge status={bannerStatus(banner, new Date())} />
      </PageHeading>
      <div className="rounded border border-stone-200 bg-white p-4 sm:p-6">
        <BannerForm
          values={{
            id: banner.id,
            name: banner.name,
            slot: banner.slot,
            image: banner.image,
            alt: banner.alt,
            linkUrl: banner.linkUrl,
            startDate: start.date,
            startTime: start.time,
            endDate: end.date,
            endTime: end.time,
            sortOrder: banner.sortOrder,
          }}
        />
      </div>
      <BannerControls banner={banner} />
    </div>
  );
}
