"use client";

import type { Editor } from "@tiptap/react";
import { useState, type FormEvent } from "react";
import { DialogActions } from "@/components/editor/editor-dialog";
import { normalizeLinkHref } from "@/components/editor/link-url";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

export const LINK_DIALOG = {
  title: "Liên kết",
  url: "Địa chỉ liên kết",
  urlHint: "Địa chỉ web (https://…) hoặc thư điện tử.",
  text: "Chữ hiển thị",
  apply: "Áp dụng",
  remove: "Bỏ liên kết",
  cancel: "Hủy",
} as const;

/** Adds, changes or removes the link on the selected words. */
export function LinkDialogBody({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const current = (editor.getAttributes("link").href as string | undefined) ?? "";
  const needsText = editor.state.selection.empty && !editor.isActive("link");
  const [href, setHref] = useState(current);
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);

  function apply(event: FormEvent) {
    event.preventDefault();
    const result = normalizeLinkHref(href);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    if (needsText) {
      const words = text.trim() || result.href.replace(/^mailto:/, "");
      editor.chain().focus().insertContent({ type: "text", text: words, marks: [{ type: "link", attrs: { href: result.href } }] }).run();
    } else {
      editor.chain().focus().extendMarkRange("link").setLink({ href: result.href }).run();
    }
    onDone();
  }

  function remove() {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    onDone();
  }

  return (
    <form onSubmit={apply} noValidate className="space-y-4">
      <TextField
        label={LINK_DIALOG.url}
        name="href"
        type="text"
        inputMode="url"
        autoComplete="off"
        required
        autoFocus
        value={href}
        onChange={(event) => setHref(event.target.value)}
        hint={LINK_DIALOG.urlHint}
        errors={error ? [error] : undefined}
      />
      {needsText && <TextField label={LINK_DIALOG.text} name="text" value={text} onChange={(event) => setText(event.target.value)} />}
      <DialogActions>
        <Button type="button" variant="secondary" onClick={onDone}>
          {LINK_DIALOG.cancel}
        </Button>
        {current && (
          <Button type="button" variant="danger" onClick={remove}>
            {LINK_DIALOG.remove}
          </Button>
        )}
        <Button>{LINK_DIALOG.apply}</Button>
      </DialogActions>
    </form>
  );
}
