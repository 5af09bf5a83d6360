"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/actions/authorized-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { addEditorialNote } from "@/lib/server/items/editing/add-editorial-note";
import { correctItem } from "@/lib/server/items/editing/correct-item";
import type { SavedItem } from "@/lib/items/editor-types";
import { featureItem } from "@/lib/server/items/editing/feature-item";
import { refreshPublicContent } from "@/lib/server/items/public/refresh-public-content";
import { formatDateTime } from "@/lib/content/dates";
import { adminPaths } from "@/lib/admin-paths";
import { royaltyGradedMessage } from "@/lib/royalties/royalty-labels";
import { editorialNoteSchema, featureItemSchema, itemCorrectionSchema, itemMoveSchema } from "@/lib/validations/item";
import { moveItem } from "@/lib/server/workflow/move-item";
import { MOVE_LABELS, SCHEDULE_MESSAGES } from "@/lib/workflow/move-labels";
import type { WorkflowMove } from "@/lib/workflow/transitions";
import { ITEM_MESSAGES } from "@/lib/items/messages";

// The workflow's server actions: parse, authorise (the capability here is the
// door; the use case checks the move against the table), run the use case,
// then refresh what changed: the public caches when readers see a change, the
// back office's queues always.

const refreshQueues = () => revalidatePath("/quan-tri", "layout");

/** A workflow move from lib/workflow/transitions.ts. */
const move = authorizedAction("backoffice.enter", itemMoveSchema, async (input, { actor, ip }) => {
  const moved = await moveItem({
    actor,
    ip,
    itemId: input.itemId,
    move: input.move as WorkflowMove,
    note: input.note,
    scheduledAt: input.scheduledAt ? new Date(input.scheduledAt) : null,
    grade: input.grade ?? null,
  });
  if (moved.isPublicChange) refreshPublicContent();
  else refreshQueues();
  const message = moved.scheduledAt
    ? SCHEDULE_MESSAGES.done(formatDateTime(moved.scheduledAt))
    : MOVE_LABELS[moved.move].done;
  if (moved.royaltyTotalVnd !== null) revalidatePath(adminPaths.royalties, "layout");
  return { ok: true, message: moved.royaltyTotalVnd === null ? message : `${message} ${royaltyGradedMessage(moved.royaltyTotalVnd)}` };
});

/** Đính chính: the board edits a published item with a dated public note. */
const correct = authorizedAction("items.publish", itemCorrectionSchema, async (input, { actor, ip }): Promise<ActionResult<SavedItem>> => {
  const saved = await correctItem({ actor, ip, input });
  refreshPublicContent();
  return { ok: true, message: ITEM_MESSAGES.corrected, data: saved };
});

const addNote = authorizedAction("backoffice.enter", editorialNoteSchema, async (input, { actor, ip }) => {
  await addEditorialNote({ actor, ip, itemId: input.itemId, body: input.body });
  refreshQueues();
  return { ok: true, message: ITEM_MESSAGES.noteSent };
});

const feature = authorizedAction("items.publish", featureItemSchema, async (input, { actor, ip }) => {
  await featureItem({ actor, ip, itemId: input.itemId, isFeatured: input.isFeatured });
  refreshPublicContent();
  return { ok: true, message: input.isFeatured ? ITEM_MESSAGES.featured : ITEM_MESSAGES.unfeatured };
});

export async function moveItemAction(input: z.input<typeof itemMoveSchema>) { return move(input); }
export async function correctItemAction(input: z.input<typeof itemCorrectionSchema>) { return correct(input); }
export async function addEditorialNoteAction(input: z.input<typeof editorialNoteSchema>) { return addNote(input); }
export async function featureItemAction(input: z.input<typeof featureItemSchema>) { return feature(input); }
