import { imageSrc, imageSrcSet, scaledHeight, type PublicImage } from "@/lib/media/image-sources";

type ItemThumbnailProps = {
  image: PublicImage;
  /** Rendition to start from (480 for list thumbnails). */
  width: number;
  sizes: string;
  className?: string;
  isPriority?: boolean;
};

// A plain <img>: lazy unless it is the page's lead picture, sized so the page
// does not jump, with a srcset so phones fetch the small rendition.
export function ItemThumbnail({ image, width, sizes, className = "", isPriority = false }: ItemThumbnailProps) {
  const srcSet = imageSrcSet(image);
  return (
    <img
      src={imageSrc(image, width)}
      srcSet={srcSet || undefined}
      sizes={srcSet ? sizes : undefined}
      width={width}
      height={scaledHeight(image, width)}
      alt={image.alt}
      loading={isPriority ? "eager" : "lazy"}
      decoding="async"
      fetchPriority={isPriority ? "high" : undefined}
      className={`aspect-[3/2] w-full bg-stone-200 object-cover ${className}`}
    />
  );
}
