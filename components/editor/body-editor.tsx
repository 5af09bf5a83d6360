"use client";

import { EditorContent, useEditorState, type Editor } from "@tiptap/react";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { useRef, useState, type FormEvent } from "react";
import { DocxImportDialogBody, DOCX_TEXT } from "@/components/editor/docx-import-dialog";
import { DialogActions, EditorDialog } from "@/components/editor/editor-dialog";
import { FIELDS, TOOLBAR } from "@/components/editor/editor-labels";
import { EditorToolbar, type EditorDialogName } from "@/components/editor/editor-toolbar";
import { ImagePicker, type PickedImage } from "@/components/editor/image-picker";
import { insertBlock } from "@/components/editor/insert-block";
import { LINK_DIALOG, LinkDialogBody } from "@/components/editor/link-dialog";
import { VIDEO_TEXT, VideoDialogBody } from "@/components/editor/video-dialog";
import { countWords, formatWordCount } from "@/components/editor/word-count";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

const DIALOG_TITLES: Record<EditorDialogName, string> = {
  link: LINK_DIALOG.title,
  image: TOOLBAR.image,
  imageAlt: TOOLBAR.imageAlt,
  video: VIDEO_TEXT.title,
  docx: DOCX_TEXT.title,
};

// Counting words walks the whole text: once per document state, not per keystroke render.
const wordCounts = new WeakMap<ProseMirrorNode, number>();
function wordsOf(doc: ProseMirrorNode): number {
  let count = wordCounts.get(doc);
  if (count === undefined) {
    count = countWords(doc.textBetween(0, doc.content.size, " ", " "));
    wordCounts.set(doc, count);
  }
  return count;
}

function insertFigure(editor: Editor, { media, alt, caption }: PickedImage) {
  insertBlock(editor, { type: "figure", attrs: { src: media.url, alt, width: media.width, height: media.height }, content: caption ? [{ type: "text", text: caption }] : [] });
}

function AltDialogBody({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const [alt, setAlt] = useState(String(editor.getAttributes("figure").alt ?? ""));
  const [error, setError] = useState<string | null>(null);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!alt.trim()) return setError("Nhập mô tả ảnh.");
    editor.chain().focus().updateAttributes("figure", { alt: alt.trim() }).run();
    onDone();
  }
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <TextField label="Mô tả ảnh (cho người khiếm thị)" name="alt" required autoFocus maxLength={300} value={alt} onChange={(event) => setAlt(event.target.value)} errors={error ? [error] : undefined} />
      <DialogActions>
        <Button type="button" variant="secondary" onClick={onDone}>
          Hủy
        </Button>
        <Button>Lưu mô tả</Button>
      </DialogActions>
    </form>
  );
}

/** The body: toolbar, editable text, word count and the toolbar's dialogs. */
export function BodyEditor({ editor }: { editor: Editor }) {
  const [dialog, setDialog] = useState<EditorDialogName | null>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const words = useEditorState({ editor, selector: ({ editor: e }) => wordsOf(e.state.doc) });
  const close = () => setDialog(null);

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.altKey && event.key === "F10") {
      event.preventDefault();
      toolbarRef.current?.querySelector<HTMLButtonElement>("button[tabindex='0']")?.focus();
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k") {
      event.preventDefault();
      setDialog("link");
    }
  }

  return (
    <div className="item-editor rounded border border-stone-300 bg-white focus-within:border-brand">
      <div className="md:sticky md:top-0 md:z-10">
        <EditorToolbar editor={editor} onOpen={setDialog} toolbarRef={toolbarRef} />
      </div>
      <div onKeyDown={onKeyDown}>
        <EditorContent editor={editor} id="noi-dung-bai" />
      </div>
      <p className="flex flex-wrap justify-between gap-2 border-t border-stone-200 px-3 py-1.5 text-sm text-stone-600">
        <span>{FIELDS.bodyHint}</span>
        <span aria-live="off" data-testid="word-count">
          {formatWordCount(words)}
        </span>
      </p>
      <EditorDialog open={dialog !== null} title={dialog ? DIALOG_TITLES[dialog] : ""} onClose={close} wide={dialog === "image"}>
        {() => (
          <>
            {dialog === "link" && <LinkDialogBody editor={editor} onDone={close} />}
            {dialog === "image" && (
              <ImagePicker
                submitLabel={TOOLBAR.image}
                onCancel={close}
                onPick={(image) => {
                  close();
                  insertFigure(editor, image);
                }}
              />
            )}
            {dialog === "imageAlt" && <AltDialogBody editor={editor} onDone={close} />}
            {dialog === "video" && <VideoDialogBody editor={editor} onDone={close} />}
            {dialog === "docx" && <DocxImportDialogBody editor={editor} onDone={close} />}
          </>
        )}
      </EditorDialog>
    </div>
  );
}
