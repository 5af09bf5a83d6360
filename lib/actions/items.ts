"use server";

// CONTRACT STUBS (lead): the workflow helper replaces each body with the real
// use case call; names, inputs and results stay as they are here.
import { z } from "zod";
import { authorizedAction } from "@/lib/actions/authorized-action";
import type { ActionResult } from "@/lib/actions/action-result";
import type { PresenceEditor, SavedItem } from "@/lib/items/editor-types";
import {
  editorialNoteSchema,
  featureItemSchema,
  itemCorrectionSchema,
  itemCreateSchema,
  itemIdSchema,
  itemMoveSchema,
  itemSaveSchema,
  restoreRevisionSchema,
} from "@/lib/validations/item";

const notYet = (): never => {
  throw new Error("not implemented yet");
};

/** Creates an empty draft by the actor and redirects to its editor. */
const create = authorizedAction("items.write-own", itemCreateSchema, async () => notYet());
/** One save of the editor (manual or autosave); a stale version returns `conflict: ItemConflict`. */
const save = authorizedAction("backoffice.enter", itemSaveSchema, async (): Promise<ActionResult<SavedItem>> => notYet());
/** A workflow move from lib/workflow/transitions.ts. */
const move = authorizedAction("backoffice.enter", itemMoveSchema, async () => notYet());
/** Đính chính: the board edits a published item with a dated public note. */
const correct = authorizedAction("items.publish", itemCorrectionSchema, async (): Promise<ActionResult<SavedItem>> => notYet());
const addNote = authorizedAction("backoffice.enter", editorialNoteSchema, async () => notYet());
const restoreRevision = authorizedAction("backoffice.enter", restoreRevisionSchema, async (): Promise<ActionResult<SavedItem>> => notYet());
const feature = authorizedAction("items.publish", featureItemSchema, async () => notYet());
/** Every few seconds while the editor is open: returns the others editing it. */
const heartbeat = authorizedAction("backoffice.enter", itemIdSchema, async (): Promise<ActionResult<{ editors: PresenceEditor[] }>> => notYet());
const leave = authorizedAction("backoffice.enter", itemIdSchema, async () => notYet());

export async function createItemAction(input: z.input<typeof itemCreateSchema>) { return create(input); }
export async function saveItemAction(input: z.input<typeof itemSaveSchema>) { return save(input); }
export async function moveItemAction(input: z.input<typeof itemMoveSchema>) { return move(input); }
export async function correctItemAction(input: z.input<typeof itemCorrectionSchema>) { return correct(input); }
export async function addEditorialNoteAction(input: z.input<typeof editorialNoteSchema>) { return addNote(input); }
export async function restoreRevisionAction(input: z.input<typeof restoreRevisionSchema>) { return restoreRevision(input); }
export async function featureItemAction(input: z.input<typeof featureItemSchema>) { return feature(input); }
export async function heartbeatItemAction(input: z.input<typeof itemIdSchema>) { return heartbeat(input); }
export async function leaveItemAction(input: z.input<typeof itemIdSchema>) { return leave(input); }
