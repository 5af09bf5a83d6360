import Link from "next/link";
import { adminPaths } from "@/lib/admin-paths";
import type { AdminBanner } from "@/lib/server/banners/list-admin-banners";
import { bannerStatus } from "@/lib/campaigns/campaign-status";
import { formatVietnamMoment } from "@/lib/campaigns/window";
import { BannerControls } from "@/components/campaigns/banner-controls";
import { BannerStatusBadge } from "@/components/campaigns/status-badges";
import { Table, Td, Th, THead } from "@/components/ui/table";

function schedule(banner: AdminBanner): string {
  const start = banner.startsAt ? formatVietnamMoment(banner.startsAt, "start") : "ngay";
  const end = banner.endsAt ? formatVietnamMoment(banner.endsAt, "end") : "khi tắt";
  return `${start} – ${end}`;
}

export function BannerTable({ caption, banners, now }: { caption: string; banners: AdminBanner[]; now: Date }) {
  return (
    <Table caption={caption}>
      <THead>
        <tr>
          <Th>Ảnh</Th>
          <Th>Banner</Th>
          <Th>Thời gian</Th>
          <Th>Trạng thái</Th>
          <Th className="text-right">Thứ tự</Th>
          <Th>Thao tác</Th>
        </tr>
      </THead>
      <tbody>
        {banners.map((banner) => (
          <tr key={banner.id} className="hover:bg-stone-50">
            <Td>
              <img src={banner.image.url} alt={banner.alt} loading="lazy" className="h-auto w-32 rounded border border-stone-200" />
            </Td>
            <Td className="min-w-48">
              <Link href={adminPaths.banner(banner.id)} className="font-semibold text-brand underline-offset-2 hover:underline">
                {banner.name}
              </Link>
              <span className="block break-all text-stone-600">{banner.linkUrl}</span>
            </Td>
            <Td className="whitespace-nowrap">{schedule(banner)}</Td>
            <Td>
              <BannerStatusBadge status={bannerStatus(banner, now)} />
            </Td>
            <Td className="text-right tabular-nums">{banner.sortOrder}</Td>
            <Td>
              <BannerControls banner={banner} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
