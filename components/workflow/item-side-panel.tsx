import type { CurrentUser } from "@/lib/auth/current-user";

// CONTRACT STUB (lead): the back-office pages helper implements it.
/**
 * Beside the editor: status and waiting time, the moves this person may make
 * (with note / schedule dialogs), editorial notes, the workflow history, the
 * author's quota progress for the year, links to preview and revisions.
 */
export async function ItemSidePanel({ itemId, actor }: { itemId: number; actor: CurrentUser }) {
  void itemId;
  void actor;
  return null;
}
