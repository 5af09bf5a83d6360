import "server-only";
import type { ItemStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/permissions";
import { countWords, jsonToPlainText } from "@/lib/content/plain-text";
import { isBodyDocument } from "@/lib/content/render-html";
import { db } from "@/lib/db";
import { canViewItem, editMode, type EditMode } from "@/lib/workflow/edit-rules";

export const REVISIONS_PER_PAGE = 20;

export type RevisionSummary = {
  id: number;
  version: number;
  savedByName: string;
  createdAt: Date;
  /** Later than createdAt for an autosave checkpoint that kept being updated. */
  updatedAt: Date;
  isAutosave: boolean;
  note: string | null;
  wordCount: number;
};

export type RevisionList = {
  item: { id: number; title: string; status: ItemStatus; version: number; editMode: EditMode };
  revisions: RevisionSummary[];
  page: number;
  pageCount: number;
  total: number;
};

/**
 * An item's revisions, newest first, for the revisions page; null when the
 * item does not exist or the actor may not open it.
 */
export async function listRevisions({ actor, itemId, page = 1 }: { actor: Actor; itemId: number; page?: number }): Promise<RevisionList | null> {
  const item = await db.item.findUnique({
    where: { id: itemId },
    select: { id: true, title: true, status: true, version: true, createdById: true, authors: { select: { userId: true } } },
  });
  if (!item) return null;
  const workflowItem = { status: item.status, createdById: item.createdById, authorIds: item.authors.map((a) => a.userId) };
  if (!canViewItem(actor, workflowItem)) return null;

  const total = await db.revision.count({ where: { itemId } });
  const pageCount = Math.max(1, Math.ceil(total / REVISIONS_PER_PAGE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await db.revision.findMany({
    where: { itemId },
    orderBy: { id: "desc" },
    skip: (current - 1) * REVISIONS_PER_PAGE,
    take: REVISIONS_PER_PAGE,
    select: {
      id: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      isAutosave: true,
      note: true,
      bodyJson: true,
      savedBy: { select: { name: true } },
    },
  });
  return {
    item: { id: item.id, title: item.title, status: item.status, version: item.version, editMode: editMode(actor, workflowItem) },
    revisions: rows.map((row) => ({
      id: row.id,
      version: row.version,
      savedByName: row.savedBy.name,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      isAutosave: row.isAutosave,
      note: row.note,
      wordCount: isBodyDocument(row.bodyJson) ? countWords(jsonToPlainText(row.bodyJson)) : 0,
    })),
    page: current,
    pageCount,
    total,
  };
}
