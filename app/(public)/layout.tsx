import type { Metadata } from "next";
import { SiteWideCampaignStrip } from "@/components/campaigns/site-wide-strip";
import { SiteFrame } from "@/components/site/site-frame";

export const metadata: Metadata = {
  alternates: { types: { "application/rss+xml": [{ url: "/rss.xml", title: "Tin mới nhất" }] } },
};

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <SiteFrame>
      <SiteWideCampaignStrip />
      {children}
    </SiteFrame>
  );
}
