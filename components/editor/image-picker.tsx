"use client";

import { useState, type FormEvent } from "react";
import { DialogActions } from "@/components/editor/editor-dialog";
import { MediaLibraryGrid } from "@/components/editor/media-library-grid";
import { precheckFile, uploadMedia } from "@/components/editor/upload-client";
import { Button } from "@/components/ui/button";
import { FileField } from "@/components/ui/file-field";
import { TextField } from "@/components/ui/text-field";
import type { UploadedMedia } from "@/lib/media/upload-types";

export const IMAGE_TEXT = {
  fromComputer: "Tải ảnh từ máy",
  fromLibrary: "Chọn từ thư viện",
  file: "Tệp ảnh",
  fileHint: "JPG, PNG, WebP hoặc GIF, tối đa 15 MB.",
  chooseFile: "Chọn một tệp ảnh.",
  chooseFromLibrary: "Chọn một ảnh trong thư viện.",
  alt: "Mô tả ảnh (cho người khiếm thị)",
  altHint: "Ảnh có gì, ví dụ: “Đồng chí Bí thư phát biểu tại hội nghị”.",
  altMissing: "Nhập mô tả ảnh.",
  caption: "Chú thích",
  captionHint: "Hiện dưới ảnh; sửa được ngay trong bài.",
  uploading: (percent: number) => `Đang tải lên… ${percent}%`,
  cancel: "Hủy",
} as const;

export type PickedImage = { media: Pick<UploadedMedia, "id" | "url" | "width" | "height" | "alt">; alt: string; caption: string };

/** Upload an image or take one from the library, with its alt text and caption. */
export function ImagePicker({ submitLabel, onPick, onCancel }: { submitLabel: string; onPick: (image: PickedImage) => void; onCancel: () => void }) {
  const [source, setSource] = useState<"upload" | "library">("upload");
  const [file, setFile] = useState<File | null>(null);
  const [chosen, setChosen] = useState<UploadedMedia | null>(null);
  const [alt, setAlt] = useState("");
  const [caption, setCaption] = useState("");
  const [errors, setErrors] = useState<{ file?: string; alt?: string; form?: string }>({});
  const [progress, setProgress] = useState<number | null>(null);

  function choose(media: UploadedMedia) {
    setChosen(media);
    if (!alt.trim() && media.alt) setAlt(media.alt);
    if (!caption.trim() && media.caption) setCaption(media.caption);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next: typeof errors = {};
    if (source === "upload") next.file = file ? (precheckFile(file, "image") ?? undefined) : IMAGE_TEXT.chooseFile;
    else if (!chosen) next.form = IMAGE_TEXT.chooseFromLibrary;
    if (!alt.trim()) next.alt = IMAGE_TEXT.altMissing;
    setErrors(next);
    if (next.file || next.alt || next.form) return;
    if (source === "library" && chosen) {
      onPick({ media: chosen, alt: alt.trim(), caption: caption.trim() });
      return;
    }
    setProgress(0);
    const result = await uploadMedia(file as File, "image", { alt: alt.trim(), caption: caption.trim() }, (fraction) => setProgress(Math.round(fraction * 100)));
    setProgress(null);
    if (!result.ok) setErrors({ form: result.error });
    else onPick({ media: result.data, alt: alt.trim(), caption: caption.trim() });
  }

  const tab = (value: typeof source, label: string) => (
    <Button type="button" variant={source === value ? "primary" : "secondary"} aria-pressed={source === value} onClick={() => setSource(value)}>
      {label}
    </Button>
  );

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-2">
        {tab("upload", IMAGE_TEXT.fromComputer)}
        {tab("library", IMAGE_TEXT.fromLibrary)}
      </div>
      {source === "library" && <MediaLibraryGrid selectedId={chosen?.id ?? null} onSelect={choose} />}
      <form onSubmit={submit} noValidate className="space-y-4">
        {source === "upload" && (
          <FileField
            label={IMAGE_TEXT.file}
            name="file"
            accept="image/jpeg,image/png,image/webp,image/gif"
            required
            hint={IMAGE_TEXT.fileHint}
            errors={errors.file ? [errors.file] : undefined}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        )}
        <TextField label={IMAGE_TEXT.alt} name="alt" required maxLength={300} value={alt} onChange={(event) => setAlt(event.target.value)} hint={IMAGE_TEXT.altHint} errors={errors.alt ? [errors.alt] : undefined} />
        <TextField label={IMAGE_TEXT.caption} name="caption" maxLength={300} value={caption} onChange={(event) => setCaption(event.target.value)} hint={IMAGE_TEXT.captionHint} />
        {errors.form && (
          <p role="alert" className="text-sm text-red-800">
            {errors.form}
          </p>
        )}
        {progress !== null && (
          <p role="status" className="text-sm text-stone-700">
            {IMAGE_TEXT.uploading(progress)}
          </p>
        )}
        <DialogActions>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {IMAGE_TEXT.cancel}
          </Button>
          <Button pending={progress !== null}>{submitLabel}</Button>
        </DialogActions>
      </form>
    </div>
  );
}
