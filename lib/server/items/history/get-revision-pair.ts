import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { jsonToPlainText } from "@/lib/content/plain-text";
import { isBodyDocument } from "@/lib/content/render-html";
import { db } from "@/lib/db";
import { diffText, type DiffPart } from "@/lib/items/text-diff";
import { canViewItem, editMode, type EditMode } from "@/lib/workflow/edit-rules";

export type RevisionView = {
  id: number;
  version: number;
  savedByName: string;
  savedAt: Date;
  isAutosave: boolean;
  note: string | null;
  title: string;
  lead: string;
  bodyText: string;
  /** Sanitised when stored. */
  bodyHtml: string;
};

export type RevisionPair = {
  item: { id: number; title: string; version: number; editMode: EditMode };
  /** The earlier of the two (by save order), shown on the left. */
  older: RevisionView;
  newer: RevisionView;
  /** From `older` to `newer`: removed parts are only in older, added only in newer. */
  diff: { title: DiffPart[]; lead: DiffPart[]; body: DiffPart[] };
};

/**
 * Two revisions of one item and a word-level diff of their plain text, for
 * the compare page; null when either is missing, belongs to another item, or
 * the actor may not open the item. The same id twice compares it with itself.
 */
export async function getRevisionPair({
  actor,
  itemId,
  revisionIds: [aId, bId],
}: {
  actor: Actor;
  itemId: number;
  revisionIds: [number, number];
}): Promise<RevisionPair | null> {
  const item = await db.item.findUnique({
    where: { id: itemId },
    select: { id: true, title: true, version: true, status: true, createdById: true, authors: { select: { userId: true } } },
  });
  if (!item) return null;
  const workflowItem = { status: item.status, createdById: item.createdById, authorIds: item.authors.map((a) => a.userId) };
  if (!canViewItem(actor, workflowItem)) return null;

  const rows = await db.revision.findMany({
    where: { itemId, id: { in: [aId, bId] } },
    orderBy: { id: "asc" },
    include: { savedBy: { select: { name: true } } },
  });
  if (rows.length !== new Set([aId, bId]).size) return null;
  const [older, newer] = [rows[0], rows.at(-1)!].map(
    (row): RevisionView => ({
      id: row.id,
      version: row.version,
      savedByName: row.savedBy.name,
      savedAt: row.updatedAt,
      isAutosave: row.isAutosave,
      note: row.note,
      title: row.title,
      lead: row.lead,
      bodyText: isBodyDocument(row.bodyJson) ? jsonToPlainText(row.bodyJson) : "",
      bodyHtml: row.bodyHtml,
    }),
  );
  return {
    item: { id: item.id, title: item.title, version: item.version, editMode: editMode(actor, workflowItem) },
    older,
    newer,
    diff: {
      title: diffText(older.title, newer.title),
      lead: diffText(older.lead, newer.lead),
      body: diffText(older.bodyText, newer.bodyText),
    },
  };
}
