"use client";

import { useEditorState, type Editor } from "@tiptap/react";
import { useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { TOOLBAR } from "@/components/editor/editor-labels";
import { ToolbarIcon, type ToolbarIconName } from "@/components/editor/toolbar-icons";

export type EditorDialogName = "link" | "image" | "imageAlt" | "video" | "docx";

type Tool = {
  key: string;
  label: string;
  content: ReactNode;
  shortcut?: string;
  /** Present for toggles: announced as pressed / not pressed. */
  isActive?: boolean;
  isDisabled?: boolean;
  run: () => void;
};

const glyph = (text: string, className = "") => <span className={`text-sm font-bold ${className}`}>{text}</span>;
const icon = (name: ToolbarIconName) => <ToolbarIcon name={name} />;

/**
 * The formatting toolbar: one tab stop (arrow keys move between buttons, as
 * in any toolbar); Alt+F10 in the text brings the focus here.
 */
export function EditorToolbar({ editor, onOpen, toolbarRef }: { editor: Editor; onOpen: (dialog: EditorDialogName) => void; toolbarRef: React.RefObject<HTMLDivElement | null> }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      h4: e.isActive("heading", { level: 4 }),
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      underline: e.isActive("underline"),
      bulletList: e.isActive("bulletList"),
      orderedList: e.isActive("orderedList"),
      blockquote: e.isActive("blockquote"),
      link: e.isActive("link"),
      inTable: e.isActive("table"),
      inFigure: e.isActive("figure"),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();

  const groups: Tool[][] = [
    [
      { key: "h2", label: TOOLBAR.heading2, content: glyph("H2"), isActive: state.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
      { key: "h3", label: TOOLBAR.heading3, content: glyph("H3"), isActive: state.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
      { key: "h4", label: TOOLBAR.heading4, content: glyph("H4"), isActive: state.h4, run: () => chain().toggleHeading({ level: 4 }).run() },
    ],
    [
      { key: "bold", label: TOOLBAR.bold, shortcut: "Ctrl+B", content: glyph("B", "font-extrabold"), isActive: state.bold, run: () => chain().toggleBold().run() },
      { key: "italic", label: TOOLBAR.italic, shortcut: "Ctrl+I", content: glyph("I", "font-serif italic"), isActive: state.italic, run: () => chain().toggleItalic().run() },
      { key: "underline", label: TOOLBAR.underline, shortcut: "Ctrl+U", content: glyph("U", "underline"), isActive: state.underline, run: () => chain().toggleUnderline().run() },
    ],
    [
      { key: "bulletList", label: TOOLBAR.bulletList, content: icon("bulletList"), isActive: state.bulletList, run: () => chain().toggleBulletList().run() },
      { key: "orderedList", label: TOOLBAR.orderedList, content: icon("orderedList"), isActive: state.orderedList, run: () => chain().toggleOrderedList().run() },
      { key: "blockquote", label: TOOLBAR.blockquote, content: icon("blockquote"), isActive: state.blockquote, run: () => chain().toggleBlockquote().run() },
      { key: "link", label: TOOLBAR.link, shortcut: "Ctrl+K", content: icon("link"), isActive: state.link, run: () => onOpen("link") },
    ],
    [
      { key: "table", label: TOOLBAR.table, content: icon("table"), isDisabled: state.inTable, run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
      { key: "image", label: TOOLBAR.image, content: icon("image"), run: () => onOpen("image") },
      ...(state.inFigure ? [{ key: "imageAlt", label: TOOLBAR.imageAlt, content: icon("alt"), run: () => onOpen("imageAlt") }] : []),
      { key: "video", label: TOOLBAR.video, content: icon("video"), run: () => onOpen("video") },
      { key: "docx", label: TOOLBAR.importDocx, content: icon("importDocx"), run: () => onOpen("docx") },
    ],
    ...(state.inTable
      ? [
          [
            { key: "addRow", label: TOOLBAR.addRow, content: glyph("+ Hàng"), run: () => chain().addRowAfter().run() },
            { key: "deleteRow", label: TOOLBAR.deleteRow, content: glyph("− Hàng"), run: () => chain().deleteRow().run() },
            { key: "addColumn", label: TOOLBAR.addColumn, content: glyph("+ Cột"), run: () => chain().addColumnAfter().run() },
            { key: "deleteColumn", label: TOOLBAR.deleteColumn, content: glyph("− Cột"), run: () => chain().deleteColumn().run() },
            { key: "deleteTable", label: TOOLBAR.deleteTable, content: glyph("Xóa bảng", "text-red-800"), run: () => chain().deleteTable().run() },
          ],
        ]
      : []),
    [
      { key: "undo", label: TOOLBAR.undo, shortcut: "Ctrl+Z", content: icon("undo"), isDisabled: !state.canUndo, run: () => chain().undo().run() },
      { key: "redo", label: TOOLBAR.redo, shortcut: "Ctrl+Y", content: icon("redo"), isDisabled: !state.canRedo, run: () => chain().redo().run() },
    ],
  ];
  const tools = groups.flat();
  const [focusKey, setFocusKey] = useState("h2");
  const current = tools.find((tool) => tool.key === focusKey && !tool.isDisabled) ?? tools.find((tool) => !tool.isDisabled);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const enabled = tools.filter((tool) => !tool.isDisabled);
    const index = enabled.findIndex((tool) => tool.key === current?.key);
    const target =
      event.key === "ArrowRight" ? enabled[(index + 1) % enabled.length]
      : event.key === "ArrowLeft" ? enabled[(index - 1 + enabled.length) % enabled.length]
      : event.key === "Home" ? enabled[0]
      : event.key === "End" ? enabled.at(-1)
      : event.key === "Escape" ? null
      : undefined;
    if (target === undefined) return;
    event.preventDefault();
    if (target === null) {
      editor.commands.focus();
      return;
    }
    setFocusKey(target.key);
    buttons.current.get(target.key)?.focus();
  }

  return (
    <div ref={toolbarRef} role="toolbar" aria-label={TOOLBAR.label} aria-controls="noi-dung-bai" onKeyDown={onKeyDown} className="flex flex-wrap items-center gap-x-2 gap-y-1 border-b border-stone-200 bg-stone-50 p-1">
      {groups.map((group) => (
        <div key={group[0].key} className="flex flex-wrap gap-0.5 border-r border-stone-200 pr-2 last:border-r-0">
          {group.map((tool) => (
            <button
              key={tool.key}
              ref={(node) => {
                if (node) buttons.current.set(tool.key, node);
                else buttons.current.delete(tool.key);
              }}
              type="button"
              tabIndex={tool.key === current?.key ? 0 : -1}
              aria-label={tool.label}
              title={tool.shortcut ? `${tool.label} (${tool.shortcut})` : tool.label}
              aria-keyshortcuts={tool.shortcut?.replace("Ctrl", "Control")}
              aria-pressed={tool.isActive === undefined ? undefined : tool.isActive}
              disabled={tool.isDisabled}
              onFocus={() => setFocusKey(tool.key)}
              onMouseDown={(event) => event.preventDefault()}
              onClick={tool.run}
              className="inline-flex min-h-11 min-w-11 items-center justify-center rounded px-2 text-stone-800 hover:bg-stone-200 disabled:cursor-not-allowed disabled:opacity-40 aria-pressed:bg-brand aria-pressed:text-white"
            >
              {tool.content}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
