import { imageSrc, imageSrcSet, scaledHeight, type PublicImage } from "@/lib/media/image-sources";

/** The article's cover picture with its caption. */
export function CoverFigure({ image, caption }: { image: PublicImage; caption: string | null }) {
  const width = 960;
  const srcSet = imageSrcSet(image);
  return (
    <figure className="my-6">
      <img
        src={imageSrc(image, width)}
        srcSet={srcSet || undefined}
        sizes={srcSet ? "(min-width: 768px) 720px, 100vw" : undefined}
        width={image.width ?? width}
        height={image.height ?? scaledHeight(image, width)}
        alt={image.alt}
        fetchPriority="high"
        decoding="async"
        className="h-auto w-full bg-stone-200"
      />
      {caption && (
        <figcaption className="bg-stone-100 px-3 py-2 text-center text-[0.95rem] text-stone-700 italic">
          {caption}
        </figcaption>
      )}
    </figure>
  );
}
