import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/content/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ItemStatus } from "@/lib/generated/prisma/enums";
import { canViewItem } from "@/lib/workflow/edit-rules";
import { describeEvent } from "@/lib/workflow/move-labels";
import { ITEM_MESSAGES } from "@/lib/items/messages";

// The item's record for the side panel: every workflow move, editorial note
// and correction, newest first, with names and Vietnam time.

type EntryBase = {
  /** Unique within the list, e.g. "event-12". */
  key: string;
  at: string;
  /** "08:30, ngày 28 tháng 02 năm 2019" */
  atText: string;
  actorName: string;
};

export type HistoryEntry =
  | (EntryBase & { kind: "event"; label: string; fromStatus: ItemStatus | null; toStatus: ItemStatus; note: string | null })
  | (EntryBase & { kind: "note"; label: string; body: string })
  | (EntryBase & { kind: "correction"; label: string; note: string; revisionId: number | null });

const HISTORY_LIMIT = 200;

/** NOT_FOUND unless the person may open the item (lib/workflow/edit-rules.ts canViewItem). */
export async function listItemHistory({ actor, itemId }: { actor: Actor; itemId: number }): Promise<HistoryEntry[]> {
  const item = await db.item.findUnique({
    where: { id: itemId },
    select: { status: true, createdById: true, authors: { select: { userId: true } } },
  });
  if (!item || !canViewItem(actor, { ...item, authorIds: item.authors.map((a) => a.userId) })) {
    throw new AppError("NOT_FOUND", ITEM_MESSAGES.notFound);
  }
  const actorName = { select: { name: true } } as const;
  const [events, notes, corrections] = await Promise.all([
    db.workflowEvent.findMany({
      where: { itemId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: HISTORY_LIMIT,
      select: { id: true, fromStatus: true, toStatus: true, note: true, createdAt: true, actor: actorName },
    }),
    db.editorialNote.findMany({
      where: { itemId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: HISTORY_LIMIT,
      select: { id: true, body: true, createdAt: true, author: actorName },
    }),
    db.itemCorrection.findMany({
      where: { itemId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: HISTORY_LIMIT,
      select: { id: true, note: true, revisionId: true, createdAt: true, actor: actorName },
    }),
  ]);
  const base = (key: string, at: Date, name: string): EntryBase => ({
    key,
    at: at.toISOString(),
    atText: formatDateTime(at),
    actorName: name,
  });
  const entries: HistoryEntry[] = [
    // A correction's event repeats its correction row, which also links the revision.
    ...events.filter((e) => !(e.fromStatus === "PUBLISHED" && e.toStatus === "PUBLISHED")).map((e) => ({
      ...base(`event-${e.id}`, e.createdAt, e.actor.name),
      kind: "event" as const,
      label: describeEvent(e.fromStatus, e.toStatus),
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      note: e.note,
    })),
    ...notes.map((n) => ({ ...base(`note-${n.id}`, n.createdAt, n.author.name), kind: "note" as const, label: "Góp ý", body: n.body })),
    ...corrections.map((c) => ({
      ...base(`correction-${c.id}`, c.createdAt, c.actor.name),
      kind: "correction" as const,
      label: "Đính chính",
      note: c.note,
      revisionId: c.revisionId,
    })),
  ];
  return entries.sort((a, b) => b.at.localeCompare(a.at)).slice(0, HISTORY_LIMIT);
}
