import "server-only";
import { sanitizeHtml } from "@/lib/content/sanitize-html";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { isBodyDocument } from "@/lib/content/render-html";
import { TIME_ZONE } from "@/lib/content/dates";
import { emptyBodyDocument } from "@/lib/content/tiptap-schema";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ItemConflict } from "@/lib/items/editor-types";
import { ITEM_MESSAGES } from "@/lib/items/messages";

/**
 * The CONFLICT refusal of a save made on a stale version: who saved the
 * current version and when, and its text, so the editor can show it beside the
 * unsaved one. Never a silent overwrite.
 */
export async function itemConflictError(tx: Prisma.TransactionClient, itemId: number, actorId: number): Promise<AppError> {
  const item = await tx.item.findUniqueOrThrow({
    where: { id: itemId },
    select: { version: true, title: true, lead: true, bodyJson: true, bodyHtml: true, updatedAt: true },
  });
  const latest = await tx.revision.findFirst({
    where: { itemId },
    orderBy: { id: "desc" },
    select: { updatedAt: true, savedById: true, savedBy: { select: { name: true } } },
  });
  const savedAt = latest && latest.updatedAt > item.updatedAt ? latest.updatedAt : item.updatedAt;
  const savedByName = latest?.savedBy.name ?? ITEM_MESSAGES.someoneElse;
  const details: ItemConflict = {
    version: item.version,
    savedByName,
    savedAt: savedAt.toISOString(),
    title: item.title,
    lead: item.lead,
    bodyHtml: sanitizeHtml(item.bodyHtml),
    bodyJson: isBodyDocument(item.bodyJson) ? item.bodyJson : emptyBodyDocument(),
  };
  const time = format(new TZDate(savedAt, TIME_ZONE), "HH:mm");
  const who = latest?.savedById === actorId ? ITEM_MESSAGES.youElsewhere : savedByName;
  return new AppError("CONFLICT", ITEM_MESSAGES.conflict(who, time), details);
}
