import type { Metadata } from "next";
import { listPublicCampaigns } from "@/lib/server/campaigns/list-public-campaigns";
import { campaignsPath } from "@/lib/urls";
import { CampaignGroup } from "@/components/campaigns/campaign-card";
import { Breadcrumbs } from "@/components/site/breadcrumbs";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Chuyên trang",
  description: "Các chuyên trang tuyên truyền của Đảng bộ Khối: đang diễn ra, sắp diễn ra và lưu trữ.",
  alternates: { canonical: campaignsPath },
  openGraph: { title: "Chuyên trang", type: "website", locale: "vi_VN", url: campaignsPath },
};

export default async function CampaignsPage() {
  const { running, upcoming, past } = await listPublicCampaigns();
  const isEmpty = running.length + upcoming.length + past.length === 0;
  return (
    <>
      <Breadcrumbs crumbs={[{ name: "Chuyên trang" }]} />
      <header className="mb-2 border-b-2 border-brand pb-4">
        <h1 className="text-2xl font-bold text-brand sm:text-3xl">Chuyên trang</h1>
      </header>
      {isEmpty && <p className="py-10 text-center text-lg text-stone-700">Chưa có chuyên trang nào.</p>}
      <div className="max-w-4xl">
        <CampaignGroup id="dang-dien-ra" title="Đang diễn ra" campaigns={running} />
        <CampaignGroup id="sap-dien-ra" title="Sắp diễn ra" campaigns={upcoming} />
        <CampaignGroup id="luu-tru" title="Lưu trữ" campaigns={past} />
      </div>
    </>
  );
}
