import type { ItemStatus } from "@/lib/generated/prisma/enums";
import { can, type Actor } from "@/lib/auth/permissions";
import { isAuthorOf, type WorkflowItem } from "@/lib/workflow/transitions";

// Whose hands an item is in at each status: only they may change its text.
// A published item changes only through a correction (đính chính) by the
// board; rejected and unpublished items are kept as they were.

export type EditMode = "edit" | "correct" | "none";

export function editMode(actor: Actor, item: WorkflowItem): EditMode {
  const status: ItemStatus = item.status;
  switch (status) {
    case "DRAFT":
    case "RETURNED":
      return isAuthorOf(actor.id, item) && can(actor, "items.write-own") ? "edit" : "none";
    case "SUBMITTED":
      return can(actor, "items.review") ? "edit" : "none";
    case "FORWARDED":
    case "SCHEDULED":
      return can(actor, "items.publish") ? "edit" : "none";
    case "PUBLISHED":
      return can(actor, "items.publish") ? "correct" : "none";
    case "REJECTED":
    case "UNPUBLISHED":
      return "none";
  }
}

/**
 * Who may open an item in the back office: its authors always; the editors
 * once it has left the author's drafts.
 */
export function canViewItem(actor: Actor, item: WorkflowItem): boolean {
  if (isAuthorOf(actor.id, item)) return true;
  if (item.status === "DRAFT") return false;
  return can(actor, "items.review") || can(actor, "items.publish");
}

/** Editorial notes (góp ý) are written by the editors while the item is in play. */
export function canWriteNote(actor: Actor, item: WorkflowItem): boolean {
  if (item.status === "REJECTED") return false;
  return canViewItem(actor, item) && (can(actor, "items.review") || can(actor, "items.publish"));
}
