import type { JSONContent } from "@tiptap/core";
import { NodeSelection, TextSelection } from "@tiptap/pm/state";
import type { Editor } from "@tiptap/react";

/**
 * Inserts an image, video or embed at the cursor. A selected block (say, the
 * video inserted a moment ago) is kept and the new one goes after it, where
 * plain insertion would replace it. After a block without a caption, the
 * cursor moves to the text below (a new paragraph if there is none), so the
 * next keystroke cannot overwrite the block.
 */
export function insertBlock(editor: Editor, node: JSONContent): void {
  const { selection } = editor.state;
  const chain = editor.chain().focus();
  if (selection instanceof NodeSelection) chain.insertContentAt(selection.to, node).run();
  else chain.insertContent(node).run();

  const { state, view } = editor;
  if (!(state.selection instanceof NodeSelection)) return;
  const after = state.selection.to;
  const next = state.doc.resolve(after).nodeAfter;
  const tr = state.tr;
  if (!next?.isTextblock) tr.insert(after, state.schema.nodes.paragraph.create());
  view.dispatch(tr.setSelection(TextSelection.create(tr.doc, after + 1)).scrollIntoView());
}
