"use client";

import type { Editor } from "@tiptap/react";
import { useState, type FormEvent } from "react";
import { DialogActions } from "@/components/editor/editor-dialog";
import { importDocx, precheckFile } from "@/components/editor/upload-client";
import { Button } from "@/components/ui/button";
import { FileField } from "@/components/ui/file-field";

export const DOCX_TEXT = {
  title: "Nhập nội dung từ tệp Word",
  file: "Tệp Word (.docx)",
  fileHint: "Chữ, tiêu đề, danh sách, bảng và ảnh trong tệp được đưa vào bài.",
  chooseFile: "Chọn một tệp .docx.",
  where: "Đưa nội dung vào đâu?",
  replace: "Thay toàn bộ nội dung hiện có",
  insert: "Chèn vào vị trí con trỏ",
  submit: "Nhập nội dung",
  uploading: (percent: number) => `Đang gửi tệp… ${percent}%`,
  converting: "Đang chuyển nội dung…",
  done: (images: number) => (images > 0 ? `Đã nhập nội dung và ${images} ảnh từ tệp Word.` : "Đã nhập nội dung từ tệp Word."),
  warnings: "Lưu ý khi chuyển:",
  undoHint: "Không như ý? Bấm “Hoàn tác” (Ctrl+Z) để trở lại như trước.",
  close: "Đóng",
  cancel: "Hủy",
} as const;

export function DocxImportDialogBody({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const isEmpty = editor.isEmpty;
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<"replace" | "insert">(isEmpty ? "replace" : "insert");
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [done, setDone] = useState<{ images: number; warnings: string[] } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = file ? precheckFile(file, "docx") : DOCX_TEXT.chooseFile;
    setError(problem);
    if (problem || !file) return;
    setProgress(0);
    const result = await importDocx(file, (fraction) => setProgress(Math.round(fraction * 100)));
    setProgress(null);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    const { html, imageCount, warnings } = result.data;
    if (mode === "replace") editor.chain().focus().setContent(html).run();
    else editor.chain().focus().insertContent(html).run();
    setDone({ images: imageCount, warnings });
  }

  if (done) {
    return (
      <div className="space-y-3">
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          {DOCX_TEXT.done(done.images)}
        </p>
        {done.warnings.length > 0 && (
          <div className="text-sm text-stone-700">
            <p className="font-semibold">{DOCX_TEXT.warnings}</p>
            <ul className="list-disc pl-5">
              {done.warnings.slice(0, 20).map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          </div>
        )}
        <p className="text-sm text-stone-600">{DOCX_TEXT.undoHint}</p>
        <DialogActions>
          <Button type="button" onClick={onDone}>
            {DOCX_TEXT.close}
          </Button>
        </DialogActions>
      </div>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <FileField
        label={DOCX_TEXT.file}
        name="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        required
        hint={DOCX_TEXT.fileHint}
        errors={error ? [error] : undefined}
        onChange={(event) => setFile(event.target.files?.[0] ?? null)}
      />
      {!isEmpty && (
        <fieldset>
          <legend className="text-sm font-semibold text-stone-800">{DOCX_TEXT.where}</legend>
          {(["insert", "replace"] as const).map((value) => (
            <label key={value} className="flex min-h-11 cursor-pointer items-center gap-3">
              <input type="radio" name="mode" value={value} checked={mode === value} onChange={() => setMode(value)} className="h-5 w-5 accent-brand" />
              {value === "replace" ? DOCX_TEXT.replace : DOCX_TEXT.insert}
            </label>
          ))}
        </fieldset>
      )}
      {progress !== null && (
        <p role="status" className="text-sm text-stone-700">
          {progress < 100 ? DOCX_TEXT.uploading(progress) : DOCX_TEXT.converting}
        </p>
      )}
      <DialogActions>
        <Button type="button" variant="secondary" onClick={onDone}>
          {DOCX_TEXT.cancel}
        </Button>
        <Button pending={progress !== null}>{DOCX_TEXT.submit}</Button>
      </DialogActions>
    </form>
  );
}
