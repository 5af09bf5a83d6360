import Link from "next/link";
import { adminPaths } from "@/lib/admin-paths";
import { campaignStatus } from "@/lib/campaigns/campaign-status";
import type { AdminCampaignRow } from "@/lib/server/campaigns/list-admin-campaigns";
import { formatVietnamMoment } from "@/lib/campaigns/window";
import { campaignPath } from "@/lib/urls";
import { CampaignStatusBadge } from "@/components/campaigns/status-badges";
import { Table, Td, Th, THead } from "@/components/ui/table";

export function CampaignTable({ campaigns, now }: { campaigns: AdminCampaignRow[]; now: Date }) {
  return (
    <Table caption="Các chuyên trang">
      <THead>
        <tr>
          <Th>Chuyên trang</Th>
          <Th>Thời gian</Th>
          <Th>Trạng thái</Th>
          <Th className="text-right">Tin, bài</Th>
          <Th className="text-right">Văn bản</Th>
          <Th className="text-right">Thứ tự</Th>
        </tr>
      </THead>
      <tbody>
        {campaigns.map((campaign) => (
          <tr key={campaign.id} className="hover:bg-stone-50">
            <Td className="min-w-56">
              <Link href={adminPaths.campaign(campaign.id)} className="font-semibold text-brand underline-offset-2 hover:underline">
                {campaign.name}
              </Link>
              <span className="block text-stone-600">
                {campaignPath(campaign.slug)}
                {campaign.isSiteWide && " · dải banner trên mọi trang"}
              </span>
            </Td>
            <Td className="whitespace-nowrap">
              {formatVietnamMoment(campaign.startsAt, "start")} – {formatVietnamMoment(campaign.endsAt, "end")}
            </Td>
            <Td>
              <CampaignStatusBadge status={campaignStatus(campaign, now)} />
            </Td>
            <Td className="text-right tabular-nums">{campaign.itemCount}</Td>
            <Td className="text-right tabular-nums">{campaign.documentCount}</Td>
            <Td className="text-right tabular-nums">{campaign.sortOrder}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
