import type { ItemStatus } from "@/lib/generated/prisma/enums";
import type { WorkflowMove } from "@/lib/workflow/transitions";
import { adminPaths } from "@/lib/admin-paths";
import { moveDoneHref } from "@/components/workflow/move-flash";

/**
 * Where the person goes after a move: a move that takes the item off their
 * desk sends them back to their list (with what was done); any other keeps
 * them on the item, refreshed (null).
 */
export function afterMoveHref(move: WorkflowMove, from: ItemStatus): string | null {
  switch (move) {
    case "submit":
      return moveDoneHref(adminPaths.myItems, move);
    case "return":
    case "forward":
      return moveDoneHref(adminPaths.reviewQueue, move);
    case "reject":
      return moveDoneHref(from === "SUBMITTED" ? adminPaths.reviewQueue : adminPaths.approvalQueue, move);
    case "sendBack":
    case "publish":
    case "schedule":
      return moveDoneHref(adminPaths.approvalQueue, move);
    default:
      return null;
  }
}
