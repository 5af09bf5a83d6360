import { imageSrc, imageSrcSet, scaledHeight, type PublicImage } from "@/lib/media/image-sources";

/** The page column's width: the campaign banner on the home page and atop its own page. */
export const FULL_WIDTH_SIZES = "(min-width: 1152px) 1120px, 100vw";

type BannerPictureProps = { image: PublicImage; width: number; sizes: string; isLazy?: boolean; className: string };

/** A campaign's banner picture shown `width` pixels wide, from its resized copies; `isLazy` below the fold. */
export function BannerPicture({ image, width, sizes, isLazy = false, className }: BannerPictureProps) {
  return (
    <img
      src={imageSrc(image, width)}
      srcSet={imageSrcSet(image) || undefined}
      sizes={sizes}
      width={width}
      height={scaledHeight(image, width)}
      alt={image.alt}
      loading={isLazy ? "lazy" : undefined}
      className={className}
    />
  );
}
