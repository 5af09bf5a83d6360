import type { PublicBanner } from "@/lib/server/banners/list-running-banners";
import { imageSrc, imageSrcSet, scaledHeight } from "@/lib/media/image-sources";
import { BannerLink } from "@/components/campaigns/banner-link";

function BannerImage({ banner, width, sizes, isLazy }: { banner: PublicBanner; width: number; sizes: string; isLazy: boolean }) {
  if (!banner.image) return <span className="block rounded bg-stone-100 px-3 py-4 text-center font-semibold text-brand">{banner.alt}</span>;
  return (
    <img
      src={imageSrc(banner.image, width)}
      srcSet={imageSrcSet(banner.image) || undefined}
      sizes={sizes}
      width={width}
      height={scaledHeight(banner.image, width)}
      alt={banner.alt}
      loading={isLazy ? "lazy" : undefined}
      className="h-auto w-full rounded"
    />
  );
}

/** The TOP slot: full-width banners under the campaign's. */
export function TopBanners({ banners }: { banners: PublicBanner[] }) {
  if (banners.length === 0) return null;
  return (
    <aside aria-label="Banner" className="mb-6 space-y-3" data-banner-slot="TOP">
      {banners.map((banner) => (
        <BannerLink key={banner.id} href={banner.linkUrl} className="block hover:opacity-95">
          <BannerImage banner={banner} width={1200} sizes="(min-width: 1152px) 1120px, 100vw" isLazy={false} />
        </BannerLink>
      ))}
    </aside>
  );
}

/** The SIDE slot: link banners (to other outlets) in the home page's side column, below the fold. */
export function SideBanners({ banners }: { banners: PublicBanner[] }) {
  if (banners.length === 0) return null;
  return (
    <aside aria-labelledby="khoi-lien-ket" className="mt-8" data-banner-slot="SIDE">
      <h2 id="khoi-lien-ket" className="mb-3 border-b-2 border-brand pb-1 text-lg font-bold text-brand">
        Liên kết
      </h2>
      <ul className="space-y-3">
        {banners.map((banner) => (
          <li key={banner.id}>
            <BannerLink href={banner.linkUrl} className="block hover:opacity-95">
              <BannerImage banner={banner} width={480} sizes="(min-width: 1024px) 360px, 100vw" isLazy />
            </BannerLink>
          </li>
        ))}
      </ul>
    </aside>
  );
}
