import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { EditMode } from "@/lib/workflow/edit-rules";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCanEdit } from "@/lib/items/edit-refusal";
import { lockRow } from "@/lib/server/db/lock-row";
import { itemConflictError } from "@/lib/server/items/editing/item-conflict";
import type { ItemBeforeWrite } from "@/lib/server/items/editing/write-item-content";
import { ITEM_MESSAGES } from "@/lib/items/messages";

/**
 * Inside a transaction: locks the item's row (a workflow move or another save
 * waits until this one commits), checks the actor may change it now in the
 * `mode` way (save/restore: "edit"; đính chính: "correct") and that `version`
 * is still current. Returns what writeItemContent needs.
 */
export async function lockItemForEdit(
  tx: Prisma.TransactionClient,
  { actor, itemId, version, mode = "edit" }: { actor: Actor; itemId: number; version: number; mode?: Exclude<EditMode, "none"> },
): Promise<ItemBeforeWrite> {
  await lockRow(tx, "items", itemId, ITEM_MESSAGES.notFound);
  const item = await tx.item.findUniqueOrThrow({
    where: { id: itemId },
    select: {
      id: true,
      version: true,
      slug: true,
      status: true,
      createdById: true,
      publishedAt: true,
      statusChangedAt: true,
      authors: { select: { userId: true } },
    },
  });
  assertCanEdit(actor, { status: item.status, createdById: item.createdById, authorIds: item.authors.map((a) => a.userId) }, mode);
  if (item.version !== version) throw await itemConflictError(tx, itemId, actor.id);
  return item;
}
