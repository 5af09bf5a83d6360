import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/admin/page-heading";
import { BannerTable } from "@/components/campaigns/banner-table";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { adminPaths } from "@/lib/admin-paths";
import { requireCapability } from "@/lib/server/auth/require-user";
import { listAdminBanners } from "@/lib/server/banners/list-admin-banners";
import { BANNER_MESSAGES, BANNER_SLOT_LABELS } from "@/lib/campaigns/labels";
import type { BannerSlot } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = { title: "Banner" };

const DONE: Record<string, string> = { tao: BANNER_MESSAGES.created, xoa: BANNER_MESSAGES.deleted };

export default async function BannersPage({ searchParams }: { searchParams: Promise<{ xong?: string }> }) {
  await requireCapability("banners.manage");
  const [banners, { xong }] = await Promise.all([listAdminBanners(), searchParams]);
  const now = new Date();
  return (
    <div className="space-y-6">
      <PageHeading title="Banner" description="Banner trên trang chủ: đầu trang và cột bên (liên kết tới các báo, trang khác). Banner hẹn giờ tự hiện và tự ẩn đúng giờ.">
        <Link href={adminPaths.newBanner} className={buttonClass("primary")}>
          Thêm banner
        </Link>
      </PageHeading>
      {xong && DONE[xong] && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          {DONE[xong]}
        </p>
      )}
      {(Object.keys(BANNER_SLOT_LABELS) as BannerSlot[]).map((slot) => {
        const inSlot = banners.filter((banner) => banner.slot === slot);
        return (
          <section key={slot} aria-labelledby={`vi-tri-${slot}`} className="space-y-2">
            <h2 id={`vi-tri-${slot}`} className="text-lg font-bold text-stone-900">
              {BANNER_SLOT_LABELS[slot]}
            </h2>
            {inSlot.length === 0 ? <EmptyState>Chưa có banner nào ở vị trí này.</EmptyState> : <BannerTable caption={`Banner ${BANNER_SLOT_LABELS[slot].toLowerCase()}`} banners={inSlot} now={now} />}
          </section>
        );
      })}
    </div>
  );
}
