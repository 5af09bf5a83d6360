"use client";

import { useState } from "react";
import { EditorDialog } from "@/components/editor/editor-dialog";
import { ImagePicker } from "@/components/editor/image-picker";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field-errors";

export type BannerPreview = { id: number; url: string; width: number | null; height: number | null; alt: string | null };

type BannerImageFieldProps = {
  /** The hidden input's name ("bannerImageId", "imageId"). */
  name: string;
  legend: string;
  initial: BannerPreview | null;
  isRequired?: boolean;
  errors?: readonly string[];
  /** The alt text typed in the picker, for the form's own alt field. */
  onAlt?: (alt: string) => void;
};

/** A banner picture: uploaded from the computer or taken from the media library (the editor's cover picker). */
export function BannerImageField({ name, legend, initial, isRequired = false, errors, onAlt }: BannerImageFieldProps) {
  const [image, setImage] = useState<BannerPreview | null>(initial);
  const [isPicking, setIsPicking] = useState(false);
  const errorId = `${name}-error`;
  return (
    <fieldset className="space-y-3" aria-describedby={errors?.length ? errorId : undefined} aria-invalid={errors?.length ? true : undefined}>
      <legend className="text-sm font-semibold text-stone-800">
        {legend}
        {isRequired && <span aria-hidden="true" className="text-red-800"> *</span>}
      </legend>
      <input type="hidden" name={name} value={image?.id ?? ""} />
      {image ? (
        <img src={image.url} alt={image.alt ?? ""} width={image.width ?? undefined} height={image.height ?? undefined} className="h-auto w-full max-w-md rounded border border-stone-200" />
      ) : (
        <p className="text-sm text-stone-600">Chưa chọn ảnh.</p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={() => setIsPicking(true)}>
          {image ? "Đổi ảnh" : "Chọn ảnh"}
        </Button>
        {image && !isRequired && (
          <Button type="button" variant="danger" onClick={() => setImage(null)}>
            Bỏ ảnh
          </Button>
        )}
      </div>
      <FieldErrors id={errorId} errors={errors} />
      <EditorDialog open={isPicking} title="Chọn ảnh banner" onClose={() => setIsPicking(false)} wide>
        {() => (
          <ImagePicker
            submitLabel="Dùng ảnh này"
            onCancel={() => setIsPicking(false)}
            onPick={({ media, alt }) => {
              setIsPicking(false);
              setImage({ id: media.id, url: media.url, width: media.width, height: media.height, alt });
              onAlt?.(alt);
            }}
          />
        )}
      </EditorDialog>
    </fieldset>
  );
}
