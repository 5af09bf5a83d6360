import Link from "next/link";
import { formatShortDate } from "@/lib/content/dates";
import { imageSrc, imageSrcSet, scaledHeight } from "@/lib/site/image-sources";
import type { CampaignBanner as Campaign } from "@/lib/site/get-active-campaign";

/** The running campaign (chuyên trang): its banner picture, or a red band with its name. */
export function CampaignBanner({ campaign }: { campaign: Campaign }) {
  const dates = `${formatShortDate(campaign.startsAt)} – ${formatShortDate(campaign.endsAt)}`;
  const content = campaign.banner ? (
    <img
      src={imageSrc(campaign.banner, 1200)}
      srcSet={imageSrcSet(campaign.banner) || undefined}
      sizes="(min-width: 1152px) 1120px, 100vw"
      width={1200}
      height={scaledHeight(campaign.banner, 1200)}
      alt={`${campaign.name} (${dates})`}
      className="h-auto w-full rounded"
    />
  ) : (
    <span className="flex flex-col gap-1 rounded bg-gradient-to-r from-brand to-brand-dark px-5 py-4 text-white sm:flex-row sm:items-center sm:justify-between">
      <span>
        <span className="block text-xs font-semibold tracking-wide text-yellow-200 uppercase">Chuyên trang</span>
        <span className="block text-lg font-bold sm:text-xl">{campaign.name}</span>
        {campaign.description && <span className="mt-1 block text-sm text-red-50">{campaign.description}</span>}
      </span>
      <span className="text-sm text-red-50">{dates}</span>
    </span>
  );
  return (
    <aside aria-label="Chuyên trang" className="on-brand mb-6">
      {campaign.link ? (
        <Link href={campaign.link} className="block hover:opacity-95">
          {content}
        </Link>
      ) : (
        content
      )}
    </aside>
  );
}
