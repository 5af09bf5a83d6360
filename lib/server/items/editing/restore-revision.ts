import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SavedItem } from "@/lib/items/editor-types";
import { lockItemForEdit } from "@/lib/server/items/editing/lock-item-for-edit";
import { writeItemContent, type ItemContentInput } from "@/lib/server/items/editing/write-item-content";
import type { RestoreRevisionInput } from "@/lib/validations/item";
import { ITEM_MESSAGES } from "@/lib/items/messages";

/**
 * Brings back the title, lead and body of an earlier revision as a new
 * revision on top (nothing in between is lost); the other fields stay as
 * they are now. Same access and version rules as a save.
 */
export async function restoreRevision({
  actor,
  input: { itemId, revisionId, version },
  ip = null,
  now = new Date(),
}: {
  actor: Actor;
  input: RestoreRevisionInput;
  ip?: string | null;
  now?: Date;
}): Promise<SavedItem> {
  return db.$transaction(
    async (tx) => {
      const item = await lockItemForEdit(tx, { actor, itemId, version });
      const revision = await tx.revision.findFirst({ where: { id: revisionId, itemId } });
      if (!revision) throw new AppError("NOT_FOUND", ITEM_MESSAGES.revisionNotFound);
      const current = await tx.item.findUniqueOrThrow({
        where: { id: itemId },
        include: {
          sections: { select: { sectionId: true, isPrimary: true } },
          tags: { select: { tag: { select: { name: true } } } },
          authors: { select: { userId: true }, orderBy: { sortOrder: "asc" } },
        },
      });
      const input: ItemContentInput = {
        kind: current.kind,
        isInDepth: current.isInDepth,
        title: revision.title,
        lead: revision.lead,
        bodyJson: revision.bodyJson as ItemContentInput["bodyJson"],
        sectionIds: [...current.sections]
          .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.sectionId - b.sectionId)
          .map((s) => s.sectionId),
        tags: current.tags.map((t) => t.tag.name),
        coAuthorIds: current.authors.map((a) => a.userId).filter((id) => id !== current.createdById),
        penName: current.penName,
        source: current.source,
        coverImageId: current.coverImageId,
        coverCaption: current.coverCaption,
        coverAlt: current.coverAlt,
      };
      const note = ITEM_MESSAGES.restoreNote(revision.version);
      const written = await writeItemContent(tx, { item, actorId: actor.id, input, isAutosave: false, note, now });
      await recordAudit(
        {
          action: "item.revision-restore",
          result: "SUCCESS",
          actorId: actor.id,
          ip,
          objectType: "item",
          objectId: itemId,
          details: { restoredRevisionId: revisionId, restoredVersion: revision.version, version: written.version },
        },
        tx,
      );
      return { itemId, version: written.version, savedAt: written.savedAt.toISOString() };
    },
    { timeout: 20_000 },
  );
}
