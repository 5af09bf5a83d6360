import { formatShortDate } from "@/lib/content/dates";
import type { MediaListRow } from "@/lib/server/media/list-media";
import { imageSrc, imageSrcSet, toPublicImage } from "@/lib/media/image-sources";
import { CopyUrlButton } from "./copy-url-button";
import { formatFileSize } from "@/lib/media/format-file-size";
import { MediaDetailsForm } from "./media-details-form";
import { MEDIA_KIND_LABELS } from "@/lib/media/labels";

function Thumbnail({ row }: { row: MediaListRow }) {
  const { media } = row;
  const box = "aspect-[4/3] w-full rounded-t bg-stone-200 object-cover";
  if (media.kind === "IMAGE") {
    const image = toPublicImage({ ...row, width: media.width, height: media.height, alt: media.alt }, media.originalName);
    if (image) {
      return <img src={imageSrc(image, 480)} srcSet={imageSrcSet(image) || undefined} sizes="(min-width: 640px) 240px, 50vw" alt={image.alt} loading="lazy" className={box} />;
    }
  }
  if (media.kind === "VIDEO") {
    // The first frame as a still; readers play it on the page, not here.
    return <video src={`${media.url}#t=0.1`} preload="metadata" muted className={box} aria-label={`Video ${media.originalName}`} />;
  }
  return (
    <div className={`${box} flex items-center justify-center`} aria-hidden="true">
      <span className="rounded border-2 border-stone-500 px-3 py-2 text-lg font-bold text-stone-700">{MEDIA_KIND_LABELS[media.kind]}</span>
    </div>
  );
}

export function MediaCard({ row }: { row: MediaListRow }) {
  const { media } = row;
  return (
    <li className="flex flex-col rounded border border-stone-200 bg-white">
      <Thumbnail row={row} />
      <div className="flex flex-1 flex-col gap-2 p-3 text-sm">
        <p className="font-semibold break-words text-stone-900">{media.originalName}</p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-stone-600">
          <dt>Loại</dt>
          <dd>
            {MEDIA_KIND_LABELS[media.kind]}
            {media.width && media.height ? `, ${media.width}×${media.height}` : ""}
          </dd>
          <dt>Dung lượng</dt>
          <dd>{formatFileSize(media.sizeBytes)}</dd>
          <dt>Ngày</dt>
          <dd>{formatShortDate(media.createdAt)}</dd>
          <dt>Người tải</dt>
          <dd className="break-words">{row.uploaderName ?? "—"}</dd>
        </dl>
        {media.caption && <p className="text-stone-700 italic">{media.caption}</p>}
        <div className="mt-auto space-y-2 pt-2">
          <CopyUrlButton path={media.url} />
          <details className="rounded border border-stone-200">
            <summary className="flex min-h-11 cursor-pointer items-center px-3 font-semibold text-brand">Sửa mô tả, chú thích</summary>
            <div className="border-t border-stone-200 p-3">
              <MediaDetailsForm mediaId={media.id} alt={media.alt} caption={media.caption} isImage={media.kind === "IMAGE"} />
            </div>
          </details>
        </div>
      </div>
    </li>
  );
}
