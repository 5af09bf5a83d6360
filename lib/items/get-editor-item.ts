import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { EditorItem, EditorOptions } from "@/lib/items/editor-types";

// CONTRACT STUB (lead): the workflow helper implements it.
/**
 * The item as the back-office editor opens it, or null when it does not exist
 * or this person may not open it (lib/workflow/edit-rules.ts canViewItem);
 * `editMode` says whether they may edit, correct or only read.
 */
export async function getEditorItem(itemId: number, actor: CurrentUser): Promise<EditorItem | null> {
  void itemId;
  void actor;
  throw new Error("not implemented yet");
}

/** Sections and people the editor's side fields offer. */
export async function getEditorOptions(): Promise<EditorOptions> {
  throw new Error("not implemented yet");
}
