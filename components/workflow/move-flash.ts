import { WORKFLOW_MOVES, type WorkflowMove } from "@/lib/workflow/transitions";

// After a move that takes the item off the person's desk, they land on their
// queue with "?xong=<move>", and the queue says what was done.

export const MOVE_FLASH_PARAM = "xong";

/** `href` (which may carry a query already) plus "xong=<move>". */
export const moveDoneHref = (href: string, move: WorkflowMove) => `${href}${href.includes("?") ? "&" : "?"}${MOVE_FLASH_PARAM}=${move}`;

export function parseMoveFlash(value: string | string[] | undefined): WorkflowMove | null {
  const raw = Array.isArray(value) ? value[0] : value;
  return WORKFLOW_MOVES.find((move) => move === raw) ?? null;
}
