"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authorizedAction } from "@/lib/actions/authorized-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { createItem } from "@/lib/server/items/editing/create-item";
import type { PresenceEditor, SavedItem } from "@/lib/items/editor-types";
import { leavePresence, touchPresence } from "@/lib/server/items/editing/presence";
import { restoreRevision as restoreRevisionCase } from "@/lib/server/items/editing/restore-revision";
import { saveItem } from "@/lib/server/items/editing/save-item";
import { adminPaths } from "@/lib/urls";
import { itemCreateSchema, itemIdSchema, itemSaveSchema, restoreRevisionSchema } from "@/lib/validations/item";
import { ITEM_MESSAGES } from "@/lib/items/messages";

// The editor's own actions. Saving touches only unpublished text (a published
// item changes through a correction, in lib/actions/items.ts), so no public
// cache is expired here; back-office pages are rendered per request.

/** Creates an empty draft by the actor and redirects to its editor. */
const create = authorizedAction("items.write-own", itemCreateSchema, async (input, { actor, ip }) => {
  const item = await createItem({ actor, input, ip });
  redirect(adminPaths.item(item.id));
});

/** One save of the editor (manual or autosave); a stale version returns `conflict: ItemConflict`. */
const save = authorizedAction("backoffice.enter", itemSaveSchema, async (input, { actor, ip }): Promise<ActionResult<SavedItem>> => {
  const saved = await saveItem({ actor, input, ip });
  return { ok: true, data: saved, message: input.isAutosave ? undefined : ITEM_MESSAGES.saved };
});

const restoreRevision = authorizedAction(
  "backoffice.enter",
  restoreRevisionSchema,
  async (input, { actor, ip }): Promise<ActionResult<SavedItem>> => {
    const saved = await restoreRevisionCase({ actor, input, ip });
    revalidatePath(adminPaths.item(input.itemId));
    revalidatePath(adminPaths.itemRevisions(input.itemId));
    return { ok: true, data: saved, message: ITEM_MESSAGES.restored };
  },
);

/** Every few seconds while the editor is open: returns the others editing it. */
const heartbeat = authorizedAction(
  "backoffice.enter",
  itemIdSchema,
  async (input, { actor }): Promise<ActionResult<{ editors: PresenceEditor[] }>> => {
    const editors = await touchPresence({ actor, itemId: input.itemId });
    return { ok: true, data: { editors } };
  },
);

const leave = authorizedAction("backoffice.enter", itemIdSchema, async (input, { actor }) => {
  await leavePresence({ actor, itemId: input.itemId });
});

export async function createItemAction(input: z.input<typeof itemCreateSchema>) { return create(input); }
export async function saveItemAction(input: z.input<typeof itemSaveSchema>) { return save(input); }
export async function restoreRevisionAction(input: z.input<typeof restoreRevisionSchema>) { return restoreRevision(input); }
export async function heartbeatItemAction(input: z.input<typeof itemIdSchema>) { return heartbeat(input); }
export async function leaveItemAction(input: z.input<typeof itemIdSchema>) { return leave(input); }
