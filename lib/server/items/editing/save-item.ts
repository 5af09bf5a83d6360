import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { SavedItem } from "@/lib/items/editor-types";
import { lockItemForEdit } from "@/lib/server/items/editing/lock-item-for-edit";
import { writeItemContent } from "@/lib/server/items/editing/write-item-content";
import type { ItemSaveInput } from "@/lib/validations/item";

/**
 * One save from the editor, manual or autosave. Refused (FORBIDDEN) unless
 * the item is in the actor's hands now, and (CONFLICT, with the other
 * version) unless `input.version` is still current. The client sends the
 * version each save returns, so one person's saves in a row never conflict.
 * Manual saves are audited; an autosave's record is its revision.
 */
export async function saveItem({
  actor,
  input,
  ip = null,
  now = new Date(),
}: {
  actor: Actor;
  input: ItemSaveInput;
  ip?: string | null;
  now?: Date;
}): Promise<SavedItem> {
  const { itemId, version, isAutosave, ...content } = input;
  return db.$transaction(
    async (tx) => {
      const item = await lockItemForEdit(tx, { actor, itemId, version });
      const written = await writeItemContent(tx, { item, actorId: actor.id, input: content, isAutosave, now });
      if (!isAutosave) {
        await recordAudit(
          {
            action: "item.save",
            result: "SUCCESS",
            actorId: actor.id,
            ip,
            objectType: "item",
            objectId: itemId,
            details: { version: written.version, revisionId: written.revisionId },
          },
          tx,
        );
      }
      return { itemId, version: written.version, savedAt: written.savedAt.toISOString() };
    },
    // A long body is validated and rendered while the row is held.
    { timeout: 20_000 },
  );
}
