import type { ItemStatus } from "@/lib/generated/prisma/enums";
import { can, type Actor, type Capability } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { FORBIDDEN_MESSAGE } from "@/lib/auth/access-refusal";

// The editorial workflow as one table: every legal move, the statuses it
// leaves from, the status it lands on, the capability it needs and whose hands
// it is for. The server checks every move against this table (assertMove);
// the back office shows only the moves allowedMoves() returns.

/** Whose move it is, beyond the capability. */
export type MoveParty =
  | "author" // the item's creator or a co-author
  | "editor" // anyone with the capability
  | "non-author" // anyone with the capability who did not write the item
  | "system"; // the scheduler; never offered to a person

export type WorkflowMove =
  | "submit"
  | "withdraw"
  | "return"
  | "reject"
  | "forward"
  | "sendBack"
  | "publish"
  | "schedule"
  | "unschedule"
  | "publishScheduled"
  | "unpublish"
  | "republish";

export type MoveRule = {
  from: readonly ItemStatus[];
  to: ItemStatus;
  capability: Capability;
  party: MoveParty;
  isNoteRequired: boolean;
};

export const MOVES = {
  // Contributor: to the secretary, first time or after a return.
  submit: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED", capability: "items.write-own", party: "author", isNoteRequired: false },
  // Contributor: back to the drafts while the secretary has not acted yet.
  withdraw: { from: ["SUBMITTED"], to: "DRAFT", capability: "items.write-own", party: "author", isNoteRequired: false },
  // Secretary: back to the author, saying what to change.
  return: { from: ["SUBMITTED"], to: "RETURNED", capability: "items.review", party: "editor", isNoteRequired: true },
  // Secretary or board: not used (không sử dụng), with the reason.
  reject: { from: ["SUBMITTED", "FORWARDED"], to: "REJECTED", capability: "items.review", party: "editor", isNoteRequired: true },
  // Secretary: on to the editorial board.
  forward: { from: ["SUBMITTED"], to: "FORWARDED", capability: "items.review", party: "editor", isNoteRequired: false },
  // Board: back to the secretary, saying why.
  sendBack: { from: ["FORWARDED", "SCHEDULED"], to: "SUBMITTED", capability: "items.publish", party: "editor", isNoteRequired: true },
  // Board: approve and publish now. Nobody approves an item they wrote.
  publish: { from: ["FORWARDED", "SCHEDULED"], to: "PUBLISHED", capability: "items.publish", party: "non-author", isNoteRequired: false },
  // Board: approve and publish at a set time.
  schedule: { from: ["FORWARDED"], to: "SCHEDULED", capability: "items.publish", party: "non-author", isNoteRequired: false },
  // Board: cancel the set time; the item waits for approval again.
  unschedule: { from: ["SCHEDULED"], to: "FORWARDED", capability: "items.publish", party: "editor", isNoteRequired: false },
  // The scheduler, when the set time has come (the event names the approver).
  publishScheduled: { from: ["SCHEDULED"], to: "PUBLISHED", capability: "items.publish", party: "system", isNoteRequired: false },
  // Board: off the public site (gỡ), with the reason; the item is kept.
  unpublish: { from: ["PUBLISHED"], to: "UNPUBLISHED", capability: "items.publish", party: "editor", isNoteRequired: true },
  // Board: back on the public site.
  republish: { from: ["UNPUBLISHED"], to: "PUBLISHED", capability: "items.publish", party: "non-author", isNoteRequired: false },
} as const satisfies Record<WorkflowMove, MoveRule>;

export const WORKFLOW_MOVES = Object.keys(MOVES) as WorkflowMove[];

/** What a move needs to know about the item. */
export type WorkflowItem = { status: ItemStatus; createdById: number; authorIds: readonly number[] };

export const isAuthorOf = (actorId: number, item: Pick<WorkflowItem, "createdById" | "authorIds">): boolean =>
  item.createdById === actorId || item.authorIds.includes(actorId);

/** Why a person may not make a move, or null when they may. */
export function moveRefusal(actor: Actor, item: WorkflowItem, move: WorkflowMove): string | null {
  const rule: MoveRule = MOVES[move];
  if (rule.party === "system") return "Thao tác này chỉ do hệ thống thực hiện.";
  if (!can(actor, rule.capability)) return FORBIDDEN_MESSAGE;
  if (!rule.from.includes(item.status)) return "Thao tác này không hợp lệ ở trạng thái hiện tại của bài.";
  const isAuthor = isAuthorOf(actor.id, item);
  if (rule.party === "author" && !isAuthor) return "Chỉ tác giả của bài mới thực hiện được thao tác này.";
  if (rule.party === "non-author" && isAuthor) return "Không ai được tự duyệt bài do chính mình viết.";
  return null;
}

/** Throws FORBIDDEN or INVALID_TRANSITION unless the move is legal for this person now. */
export function assertMove(actor: Actor, item: WorkflowItem, move: WorkflowMove): MoveRule {
  const refusal = moveRefusal(actor, item, move);
  if (refusal) {
    const rule: MoveRule = MOVES[move];
    const isStatusProblem = !rule.from.includes(item.status) && can(actor, rule.capability);
    throw new AppError(isStatusProblem ? "INVALID_TRANSITION" : "FORBIDDEN", refusal);
  }
  return MOVES[move];
}

/** The moves this person can make on the item now, in table order. */
export function allowedMoves(actor: Actor, item: WorkflowItem): WorkflowMove[] {
  return WORKFLOW_MOVES.filter((move) => moveRefusal(actor, item, move) === null);
}
