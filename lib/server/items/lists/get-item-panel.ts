import "server-only";
import { db } from "@/lib/db";
import type { ItemStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/permissions";
import { canViewItem, canWriteNote } from "@/lib/workflow/edit-rules";
import { allowedMoves, MOVES, type WorkflowItem, type WorkflowMove } from "@/lib/workflow/transitions";

export type ItemPanel = {
  id: number;
  status: ItemStatus;
  statusChangedAt: Date;
  scheduledAt: Date | null;
  authors: { id: number; name: string }[];
  /** Whether the person viewing is one of the item's authors: the panel then shows their own quota progress. */
  isActorAuthor: boolean;
  /** The moves this person may make now, in table order. */
  moves: { move: WorkflowMove; isNoteRequired: boolean }[];
  canWriteNote: boolean;
};

/**
 * What the panel beside the editor shows this person: the status, the moves
 * open to them and whether they may write a note; null when they may not open
 * the item. The notes and history come from listItemHistory.
 */
export async function getItemPanel(itemId: number, actor: Actor): Promise<ItemPanel | null> {
  const item = await db.item.findUnique({
    where: { id: itemId },
    select: {
      id: true,
      status: true,
      statusChangedAt: true,
      scheduledAt: true,
      createdById: true,
      createdBy: { select: { id: true, name: true } },
      authors: { orderBy: { sortOrder: "asc" }, select: { user: { select: { id: true, name: true } } } },
    },
  });
  if (!item) return null;
  const authors = item.authors.map((author) => author.user);
  const shownAuthors = authors.length > 0 ? authors : [item.createdBy];
  const workflowItem: WorkflowItem = { status: item.status, createdById: item.createdById, authorIds: authors.map((author) => author.id) };
  if (!canViewItem(actor, workflowItem)) return null;
  return {
    id: item.id,
    status: item.status,
    statusChangedAt: item.statusChangedAt,
    scheduledAt: item.scheduledAt,
    authors: shownAuthors,
    isActorAuthor: shownAuthors.some((author) => author.id === actor.id),
    moves: allowedMoves(actor, workflowItem).map((move) => ({ move, isNoteRequired: MOVES[move].isNoteRequired })),
    canWriteNote: canWriteNote(actor, workflowItem),
  };
}
