import "server-only";
import { jsonToPlainText } from "@/lib/content/plain-text";
import { renderBodyHtml } from "@/lib/content/render-html";
import { slugify, uniqueSlug } from "@/lib/content/slug";
import { validateBody } from "@/lib/content/validate-body";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { shouldCoalesceAutosave } from "@/lib/items/autosave-coalescing";
import { itemConflictError } from "@/lib/server/items/editing/item-conflict";
import type { ItemSaveInput } from "@/lib/validations/item";
import { ITEM_MESSAGES } from "@/lib/items/messages";

/** Everything a save changes: the editor's fields without the envelope. */
export type ItemContentInput = Omit<ItemSaveInput, "itemId" | "version" | "isAutosave">;

/** The item as it was read before this write; `version` is the one the writer expects. */
export type ItemBeforeWrite = {
  id: number;
  version: number;
  slug: string;
  createdById: number;
  publishedAt: Date | null;
  statusChangedAt: Date;
};

export type ContentWritten = { version: number; revisionId: number; savedAt: Date; slug: string };

/**
 * The one write of an item's content, shared by save, restore and correction;
 * call it inside the caller's transaction after its own access checks. The
 * body is validated against the editor's schema and its HTML generated and
 * sanitised here; the version moves on only if it is still `item.version`
 * (otherwise CONFLICT with the other person's version), and every write
 * leaves a revision (an autosave run by one person updates its checkpoint).
 */
export async function writeItemContent(
  tx: Prisma.TransactionClient,
  {
    item,
    actorId,
    input,
    isAutosave,
    note = null,
    now = new Date(),
  }: { item: ItemBeforeWrite; actorId: number; input: ItemContentInput; isAutosave: boolean; note?: string | null; now?: Date },
): Promise<ContentWritten> {
  const body = validateBody(input.bodyJson);
  const bodyHtml = renderBodyHtml(body);
  const bodyText = jsonToPlainText(body);

  if (input.coverImageId !== null) {
    const cover = await tx.mediaFile.findUnique({ where: { id: input.coverImageId }, select: { kind: true } });
    if (cover?.kind !== "IMAGE") throw new AppError("VALIDATION", ITEM_MESSAGES.coverNotImage);
  }
  const slug =
    item.publishedAt === null && input.title !== ""
      ? await uniqueSlug(input.title, async (candidate) => (await tx.item.count({ where: { slug: candidate, id: { not: item.id } } })) > 0)
      : item.slug;

  const version = item.version + 1;
  // Compare-and-set: a concurrent writer already holding the row makes this
  // wait, then match nothing.
  const updated = await tx.item.updateMany({
    where: { id: item.id, version: item.version },
    data: {
      kind: input.kind,
      isInDepth: input.kind === "ARTICLE" && input.isInDepth,
      title: input.title,
      slug,
      lead: input.lead,
      bodyJson: body as Prisma.InputJsonValue,
      bodyHtml,
      bodyText,
      penName: input.penName,
      source: input.source,
      coverImageId: input.coverImageId,
      coverCaption: input.coverCaption,
      coverAlt: input.coverAlt,
      version,
      updatedAt: now,
    },
  });
  if (updated.count !== 1) throw await itemConflictError(tx, item.id, actorId);

  await replaceSections(tx, item.id, input.sectionIds);
  await replaceTags(tx, item.id, input.tags);
  await replaceAuthors(tx, item, input.coAuthorIds);

  const latest = await tx.revision.findFirst({
    where: { itemId: item.id },
    orderBy: { id: "desc" },
    select: { id: true, isAutosave: true, savedById: true, version: true, updatedAt: true },
  });
  const content = { version, title: input.title, lead: input.lead, bodyJson: body as Prisma.InputJsonValue, bodyHtml, updatedAt: now };
  const revision =
    latest && shouldCoalesceAutosave({ isAutosave, actorId, now, item, latest })
      ? await tx.revision.update({ where: { id: latest.id }, data: content, select: { id: true } })
      : await tx.revision.create({
          data: { ...content, itemId: item.id, savedById: actorId, note, isAutosave, createdAt: now },
          select: { id: true },
        });
  return { version, revisionId: revision.id, savedAt: now, slug };
}

/** Existing sections only, in the given order; the first is the primary one. */
async function replaceSections(tx: Prisma.TransactionClient, itemId: number, sectionIds: number[]) {
  const wanted = [...new Set(sectionIds)];
  const existing = new Set((await tx.section.findMany({ where: { id: { in: wanted } }, select: { id: true } })).map((s) => s.id));
  const kept = wanted.filter((id) => existing.has(id));
  await tx.itemSection.deleteMany({ where: { itemId } });
  if (kept.length > 0) {
    await tx.itemSection.createMany({ data: kept.map((sectionId, index) => ({ itemId, sectionId, isPrimary: index === 0 })) });
  }
}

/** Tags are shared by slug; a new one keeps the name as first written. */
async function replaceTags(tx: Prisma.TransactionClient, itemId: number, names: string[]) {
  const bySlug = new Map<string, string>();
  for (const name of names) {
    const slug = slugify(name);
    if (slug && !bySlug.has(slug)) bySlug.set(slug, name.trim());
  }
  await tx.itemTag.deleteMany({ where: { itemId } });
  if (bySlug.size === 0) return;
  await tx.tag.createMany({ data: [...bySlug].map(([slug, name]) => ({ slug, name })), skipDuplicates: true });
  const tags = await tx.tag.findMany({ where: { slug: { in: [...bySlug.keys()] } }, select: { id: true } });
  await tx.itemTag.createMany({ data: tags.map((tag) => ({ itemId, tagId: tag.id })) });
}

/**
 * The creator first, then the co-authors in the given order. Only active
 * accounts can be added; one already named stays even if since disabled, so
 * a save never takes an item away from someone's count.
 */
async function replaceAuthors(tx: Prisma.TransactionClient, item: ItemBeforeWrite, coAuthorIds: number[]) {
  const wanted = [...new Set(coAuthorIds)].filter((id) => id !== item.createdById);
  const current = new Set((await tx.itemAuthor.findMany({ where: { itemId: item.id }, select: { userId: true } })).map((a) => a.userId));
  const active = new Set(
    (await tx.user.findMany({ where: { id: { in: wanted }, isActive: true }, select: { id: true } })).map((u) => u.id),
  );
  const kept = wanted.filter((id) => active.has(id) || current.has(id));
  await tx.itemAuthor.deleteMany({ where: { itemId: item.id } });
  await tx.itemAuthor.createMany({
    data: [item.createdById, ...kept].map((userId, sortOrder) => ({ itemId: item.id, userId, sortOrder })),
  });
}
