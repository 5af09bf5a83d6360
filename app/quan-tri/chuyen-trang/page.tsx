import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/admin/page-heading";
import { CampaignTable } from "@/components/campaigns/campaign-table";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { adminPaths } from "@/lib/admin-paths";
import { requireCapability } from "@/lib/server/auth/require-user";
import { listAdminCampaigns } from "@/lib/server/campaigns/list-admin-campaigns";
import { CAMPAIGN_MESSAGES } from "@/lib/campaigns/labels";

export const metadata: Metadata = { title: "Chuyên trang" };

export default async function CampaignsAdminPage({ searchParams }: { searchParams: Promise<{ xong?: string }> }) {
  await requireCapability("campaigns.manage");
  const [campaigns, { xong }] = await Promise.all([listAdminCampaigns(), searchParams]);
  return (
    <div className="space-y-4">
      <PageHeading
        title="Chuyên trang"
        description="Trong thời gian diễn ra, banner của chuyên trang hiện trên trang chủ; trước và sau đó thì không. Chuyên trang đã có tin, bài chỉ lưu trữ được, không xóa."
      >
        <Link href={adminPaths.newCampaign} className={buttonClass("primary")}>
          Tạo chuyên trang
        </Link>
      </PageHeading>
      {xong === "xoa" && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          {CAMPAIGN_MESSAGES.deleted}
        </p>
      )}
      {campaigns.length === 0 ? <EmptyState>Chưa có chuyên trang nào.</EmptyState> : <CampaignTable campaigns={campaigns} now={new Date()} />}
    </div>
  );
}
