"use server";

// CONTRACT STUBS (lead): the editing helper replaces each body with the real
// use case call; names, inputs and results stay as they are here.
import { z } from "zod";
import { authorizedAction } from "@/lib/actions/authorized-action";
import type { ActionResult } from "@/lib/actions/action-result";
import type { PresenceEditor, SavedItem } from "@/lib/items/editor-types";
import { itemCreateSchema, itemIdSchema, itemSaveSchema, restoreRevisionSchema } from "@/lib/validations/item";

const notYet = (): never => {
  throw new Error("not implemented yet");
};

/** Creates an empty draft by the actor and redirects to its editor. */
const create = authorizedAction("items.write-own", itemCreateSchema, async () => notYet());
/** One save of the editor (manual or autosave); a stale version returns `conflict: ItemConflict`. */
const save = authorizedAction("backoffice.enter", itemSaveSchema, async (): Promise<ActionResult<SavedItem>> => notYet());
const restoreRevision = authorizedAction("backoffice.enter", restoreRevisionSchema, async (): Promise<ActionResult<SavedItem>> => notYet());
/** Every few seconds while the editor is open: returns the others editing it. */
const heartbeat = authorizedAction("backoffice.enter", itemIdSchema, async (): Promise<ActionResult<{ editors: PresenceEditor[] }>> => notYet());
const leave = authorizedAction("backoffice.enter", itemIdSchema, async () => notYet());

export async function createItemAction(input: z.input<typeof itemCreateSchema>) { return create(input); }
export async function saveItemAction(input: z.input<typeof itemSaveSchema>) { return save(input); }
export async function restoreRevisionAction(input: z.input<typeof restoreRevisionSchema>) { return restoreRevision(input); }
export async function heartbeatItemAction(input: z.input<typeof itemIdSchema>) { return heartbeat(input); }
export async function leaveItemAction(input: z.input<typeof itemIdSchema>) { return leave(input); }
