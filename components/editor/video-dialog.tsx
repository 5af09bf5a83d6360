"use client";

import type { Editor } from "@tiptap/react";
import { useState, type FormEvent } from "react";
import { DialogActions } from "@/components/editor/editor-dialog";
import { toEmbedLink } from "@/components/editor/embed-url";
import { insertBlock } from "@/components/editor/insert-block";
import { precheckFile, uploadMedia } from "@/components/editor/upload-client";
import { Button } from "@/components/ui/button";
import { FileField } from "@/components/ui/file-field";
import { TextField } from "@/components/ui/text-field";
import { isMediaPath } from "@/lib/content/media-src";

export const VIDEO_TEXT = {
  title: "Chèn video",
  fromComputer: "Tải video MP4 từ máy",
  fromLink: "Dán đường dẫn YouTube, Facebook",
  file: "Tệp video MP4",
  fileHint: "Tối đa 200 MB. Video dài hơn nên đăng lên YouTube rồi dán đường dẫn.",
  chooseFile: "Chọn một tệp video MP4.",
  link: "Đường dẫn video",
  linkHint: "Ví dụ: https://www.youtube.com/watch?v=… hoặc https://www.facebook.com/…/videos/…",
  linkTitle: "Tên video",
  linkTitleHint: "Để trình đọc màn hình đọc cho người khiếm thị.",
  caption: "Chú thích",
  uploading: (percent: number) => `Đang tải video lên… ${percent}%`,
  insert: "Chèn video",
  cancel: "Hủy",
} as const;

/** An uploaded MP4 becomes a `video` node; a YouTube/Facebook link an `embed` node. */
export function VideoDialogBody({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const [source, setSource] = useState<"upload" | "link">("upload");
  const [file, setFile] = useState<File | null>(null);
  const [link, setLink] = useState("");
  const [name, setName] = useState("");
  const [caption, setCaption] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (source === "link") {
      const embed = toEmbedLink(link);
      if (!embed.ok) {
        setError(embed.error);
        return;
      }
      insertBlock(editor, { type: "embed", attrs: { src: embed.src, title: name.trim().slice(0, 200) || embed.title } });
      onDone();
      return;
    }
    const problem = file ? precheckFile(file, "video") : VIDEO_TEXT.chooseFile;
    if (problem || !file) {
      setError(problem);
      return;
    }
    setProgress(0);
    const result = await uploadMedia(file, "video", { caption: caption.trim() }, (fraction) => setProgress(Math.round(fraction * 100)));
    setProgress(null);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    if (!isMediaPath(result.data.url)) {
      setError(VIDEO_TEXT.chooseFile);
      return;
    }
    const text = caption.trim();
    insertBlock(editor, { type: "video", attrs: { src: result.data.url }, content: text ? [{ type: "text", text }] : [] });
    onDone();
  }

  const tab = (value: typeof source, label: string) => (
    <Button type="button" variant={source === value ? "primary" : "secondary"} aria-pressed={source === value} onClick={() => { setSource(value); setError(null); }}>
      {label}
    </Button>
  );

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <div className="flex flex-wrap gap-2">
        {tab("upload", VIDEO_TEXT.fromComputer)}
        {tab("link", VIDEO_TEXT.fromLink)}
      </div>
      {source === "upload" ? (
        <>
          <FileField key="file" label={VIDEO_TEXT.file} name="file" accept="video/mp4" required hint={VIDEO_TEXT.fileHint} onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
          <TextField key="caption" label={VIDEO_TEXT.caption} name="caption" maxLength={300} value={caption} onChange={(event) => setCaption(event.target.value)} />
        </>
      ) : (
        <>
          <TextField key="link" label={VIDEO_TEXT.link} name="link" type="text" inputMode="url" autoComplete="off" required value={link} onChange={(event) => setLink(event.target.value)} hint={VIDEO_TEXT.linkHint} />
          <TextField key="name" label={VIDEO_TEXT.linkTitle} name="name" maxLength={200} value={name} onChange={(event) => setName(event.target.value)} hint={VIDEO_TEXT.linkTitleHint} />
        </>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
      {progress !== null && (
        <p role="status" className="text-sm text-stone-700">
          {VIDEO_TEXT.uploading(progress)}
        </p>
      )}
      <DialogActions>
        <Button type="button" variant="secondary" onClick={onDone}>
          {VIDEO_TEXT.cancel}
        </Button>
        <Button pending={progress !== null}>{VIDEO_TEXT.insert}</Button>
      </DialogActions>
    </form>
  );
}
