import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { isBodyDocument } from "@/lib/content/render-html";
import { emptyBodyDocument } from "@/lib/content/tiptap-schema";
import { db } from "@/lib/db";
import type { EditorItem, EditorOptions } from "@/lib/items/editor-types";
import { mediaPath } from "@/lib/urls";
import { canViewItem, editMode } from "@/lib/workflow/edit-rules";

/**
 * The item as the back-office editor opens it, or null when it does not exist
 * or this person may not open it (lib/workflow/edit-rules.ts canViewItem);
 * `editMode` says whether they may edit, correct or only read.
 */
export async function getEditorItem(itemId: number, actor: Actor): Promise<EditorItem | null> {
  const item = await db.item.findUnique({
    where: { id: itemId },
    include: {
      authors: { select: { userId: true, user: { select: { name: true } } }, orderBy: { sortOrder: "asc" } },
      sections: { select: { sectionId: true, isPrimary: true } },
      tags: { select: { tag: { select: { name: true } } } },
      coverImage: { select: { id: true, kind: true, storageKey: true, width: true, height: true, alt: true } },
    },
  });
  if (!item) return null;
  const workflowItem = { status: item.status, createdById: item.createdById, authorIds: item.authors.map((a) => a.userId) };
  if (!canViewItem(actor, workflowItem)) return null;

  const cover = item.coverImage?.kind === "IMAGE" ? item.coverImage : null;
  return {
    id: item.id,
    version: item.version,
    status: item.status,
    editMode: editMode(actor, workflowItem),
    kind: item.kind,
    isInDepth: item.isInDepth,
    title: item.title,
    lead: item.lead,
    bodyJson: isBodyDocument(item.bodyJson) ? item.bodyJson : emptyBodyDocument(),
    // The primary section first, then the others in a stable order.
    sectionIds: [...item.sections]
      .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.sectionId - b.sectionId)
      .map((s) => s.sectionId),
    tags: item.tags.map((t) => t.tag.name).sort((a, b) => a.localeCompare(b, "vi")),
    coAuthors: item.authors.filter((a) => a.userId !== item.createdById).map((a) => ({ id: a.userId, name: a.user.name })),
    penName: item.penName,
    source: item.source,
    cover: cover && { id: cover.id, url: mediaPath(cover.storageKey), width: cover.width, height: cover.height, alt: cover.alt },
    coverCaption: item.coverCaption,
    coverAlt: item.coverAlt,
    updatedAt: item.updatedAt.toISOString(),
  };
}

/** Sections and people the editor's side fields offer. */
export async function getEditorOptions(): Promise<EditorOptions> {
  const [sections, people] = await Promise.all([
    // Hidden sections too: an item may be filed before its section goes public.
    db.section.findMany({ select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] }),
    db.user.findMany({
      where: { isActive: true },
      select: { id: true, name: true, unit: { select: { name: true } } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
  ]);
  return { sections, people: people.map((p) => ({ id: p.id, name: p.name, unitName: p.unit.name })) };
}
