import "server-only";
import { randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";
import { renderBodyHtml } from "@/lib/content/render-html";
import { emptyBodyDocument } from "@/lib/content/tiptap-schema";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ItemCreateInput } from "@/lib/validations/item";
import { ITEM_MESSAGES } from "@/lib/items/messages";

/** A draft has no title yet: its slug is a placeholder until one is saved. */
export const DRAFT_SLUG_PREFIX = "ban-nhap-";

/**
 * Starts an empty draft by the actor: their unit, the actor as first author
 * and a first revision, so even an untouched draft has a history.
 */
export async function createItem({
  actor,
  input,
  ip = null,
  now = new Date(),
}: {
  actor: Actor;
  input: ItemCreateInput;
  ip?: string | null;
  now?: Date;
}): Promise<{ id: number }> {
  await authorize(actor, "items.write-own", { ip, message: ITEM_MESSAGES.noRightToWrite });
  const body = emptyBodyDocument();
  const bodyHtml = renderBodyHtml(body);
  return db.$transaction(async (tx) => {
    const author = await tx.user.findUnique({ where: { id: actor.id }, select: { unitId: true, isActive: true } });
    if (!author?.isActive) throw new AppError("FORBIDDEN", ITEM_MESSAGES.accountInactive);
    const item = await tx.item.create({
      data: {
        kind: input.kind,
        isInDepth: false,
        status: "DRAFT",
        statusChangedAt: now,
        title: "",
        slug: `${DRAFT_SLUG_PREFIX}${randomBytes(6).toString("hex")}`,
        bodyJson: body,
        bodyHtml,
        bodyText: "",
        unitId: author.unitId,
        createdById: actor.id,
        createdAt: now,
        updatedAt: now,
        authors: { create: [{ userId: actor.id, sortOrder: 0 }] },
        revisions: {
          create: [{ version: 1, title: "", lead: "", bodyJson: body, bodyHtml, savedById: actor.id, createdAt: now, updatedAt: now }],
        },
      },
      select: { id: true },
    });
    await recordAudit(
      { action: "item.create", result: "SUCCESS", actorId: actor.id, ip, objectType: "item", objectId: item.id, details: { kind: input.kind } },
      tx,
    );
    return item;
  });
}
