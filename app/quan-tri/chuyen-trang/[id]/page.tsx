import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/admin/back-link";
import { PageHeading } from "@/components/admin/page-heading";
import { CampaignAttachments } from "@/components/campaigns/campaign-attachments";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { CampaignLifecycle } from "@/components/campaigns/campaign-lifecycle";
import { CampaignStatusBadge } from "@/components/campaigns/status-badges";
import { adminPaths } from "@/lib/admin-paths";
import { requireCapability } from "@/lib/server/auth/require-user";
import { campaignStatus } from "@/lib/campaigns/campaign-status";
import { getAdminCampaign } from "@/lib/server/campaigns/get-admin-campaign";
import { searchAttachableDocuments, searchAttachableItems } from "@/lib/server/campaigns/search-attachable";
import { toVietnamFields } from "@/lib/campaigns/window";
import { campaignPath } from "@/lib/urls";
import { CAMPAIGN_MESSAGES } from "@/lib/campaigns/labels";

export const metadata: Metadata = { title: "Chuyên trang" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string; vb?: string; xong?: string }> };

const one = (value: unknown) => (typeof value === "string" ? value.slice(0, 200) : "");

export default async function CampaignAdminPage({ params, searchParams }: Props) {
  await requireCapability("campaigns.manage");
  const id = Number((await params).id);
  const campaign = Number.isInteger(id) && id > 0 ? await getAdminCampaign(id) : null;
  if (!campaign) notFound();
  const query = await searchParams;
  const [itemQuery, documentQuery] = [one(query.q), one(query.vb)];
  const [itemResults, documentResults] = await Promise.all([searchAttachableItems(campaign.id, itemQuery), searchAttachableDocuments(campaign.id, documentQuery)]);
  const start = toVietnamFields(campaign.startsAt, "start");
  const end = toVietnamFields(campaign.endsAt, "end");
  const isArchived = campaign.archivedAt !== null;
  return (
    <div className="space-y-6">
      <BackLink href={adminPaths.campaigns} label="Danh sách chuyên trang" />
      <PageHeading title={campaign.name}>
        <CampaignStatusBadge status={campaignStatus(campaign, new Date())} />
        <Link href={campaignPath(campaign.slug)} className="text-sm font-semibold text-brand underline-offset-2 hover:underline">
          Xem trang {campaignPath(campaign.slug)}
        </Link>
      </PageHeading>
      {query.xong === "tao" && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          {CAMPAIGN_MESSAGES.created}
        </p>
      )}
      {isArchived ? (
        <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">Chuyên trang đã lưu trữ: bỏ lưu trữ để sửa hoặc thêm nội dung.</p>
      ) : (
        <div className="rounded border border-stone-200 bg-white p-4 sm:p-6">
          <CampaignForm
            values={{
              id: campaign.id,
              name: campaign.name,
              slug: campaign.slug,
              description: campaign.description ?? "",
              startDate: start.date,
              startTime: start.time,
              endDate: end.date,
              endTime: end.time,
              banner: campaign.bannerPreview,
              bannerAlt: campaign.bannerAlt ?? "",
              bannerLink: campaign.bannerLink ?? "",
              isSiteWide: campaign.isSiteWide,
              sortOrder: campaign.sortOrder,
            }}
          />
        </div>
      )}
      <CampaignAttachments campaign={campaign} itemQuery={itemQuery} itemResults={itemResults} documentQuery={documentQuery} documentResults={documentResults} />
      <section aria-labelledby="luu-tru-xoa" className="space-y-2 rounded border border-stone-200 bg-white p-4 sm:p-6">
        <h2 id="luu-tru-xoa" className="text-lg font-bold text-stone-900">
          Lưu trữ, xóa
        </h2>
        <CampaignLifecycle campaign={{ id: campaign.id, name: campaign.name, isArchived, isEmpty: campaign.items.length + campaign.documents.length === 0 }} />
      </section>
    </div>
  );
}
