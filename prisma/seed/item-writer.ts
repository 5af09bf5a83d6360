// Writes items with everything that hangs off them (sections, tags, authors,
// the first revision, workflow events, campaign links) in a few batched
// statements.
import type { ItemStatus } from "@/lib/generated/prisma/enums";
import { jsonToPlainText } from "@/lib/content/plain-text";
import { renderBodyHtml } from "@/lib/content/render-html";
import { uniqueSlug } from "@/lib/content/slug";
import { inBatches, type SeedContext, type SeededPerson } from "./context";
import type { DemoItemContent } from "./item-content";

export type WorkflowStep = { from: ItemStatus | null; to: ItemStatus; actor: SeededPerson; at: Date; note?: string };

export type ItemDraft = {
  content: DemoItemContent;
  status: ItemStatus;
  authors: SeededPerson[];
  penName?: string;
  source?: string;
  createdAt: Date;
  updatedAt: Date;
  publishedAt?: Date;
  scheduledAt?: Date;
  isFeatured?: boolean;
  featuredAt?: Date;
  viewCount?: number;
  steps: WorkflowStep[];
  campaignId?: number;
};

const BATCH = 100;

export async function writeItems(context: SeedContext, drafts: ItemDraft[]): Promise<{ id: number; slug: string }[]> {
  const { tx } = context;
  const prepared = [];
  for (const draft of drafts) {
    const slug = await uniqueSlug(draft.content.title, (candidate) => context.itemSlugs.has(candidate));
    context.itemSlugs.add(slug);
    prepared.push({ draft, slug, bodyHtml: renderBodyHtml(draft.content.bodyJson) });
  }

  const rows = await inBatches(prepared, BATCH, (batch) =>
    tx.item.createManyAndReturn({
      data: batch.map(({ draft, slug, bodyHtml }) => {
        const cover = context.images.get(draft.content.cover.imageName)!;
        return {
          kind: draft.content.kind,
          isInDepth: draft.content.isInDepth,
          status: draft.status,
          title: draft.content.title,
          slug,
          lead: draft.content.lead,
          bodyJson: draft.content.bodyJson,
          bodyHtml,
          bodyText: jsonToPlainText(draft.content.bodyJson),
          coverImageId: cover.id,
          coverCaption: draft.content.cover.caption,
          coverAlt: draft.content.cover.alt,
          penName: draft.penName ?? null,
          unitId: draft.authors[0]!.unitId,
          source: draft.source ?? null,
          scheduledAt: draft.scheduledAt ?? null,
          publishedAt: draft.publishedAt ?? null,
          isFeatured: draft.isFeatured ?? false,
          featuredAt: draft.featuredAt ?? null,
          version: 1,
          viewCount: draft.viewCount ?? 0,
          createdById: draft.authors[0]!.id,
          createdAt: draft.createdAt,
          updatedAt: draft.updatedAt,
          statusChangedAt: draft.publishedAt ?? draft.updatedAt,
        };
      }),
      select: { id: true, slug: true },
    }),
  );
  const idOf = new Map(rows.map((row) => [row.slug, row.id]));
  const items = prepared.map((entry) => ({ ...entry, id: idOf.get(entry.slug)! }));

  const sectionRows = items.flatMap(({ draft, id }) =>
    draft.content.sectionKeys.map((key, index) => ({ itemId: id, sectionId: context.sections.get(key)!.id, isPrimary: index === 0 })),
  );
  await inBatches(sectionRows, 500, (batch) => tx.itemSection.createMany({ data: batch }).then(() => []));

  const tagRows = items.flatMap(({ draft, id }) => draft.content.tags.map((name) => ({ itemId: id, tagId: context.tags.get(name)! })));
  await inBatches(tagRows, 500, (batch) => tx.itemTag.createMany({ data: batch }).then(() => []));

  const authorRows = items.flatMap(({ draft, id }) => draft.authors.map((person, index) => ({ itemId: id, userId: person.id, sortOrder: index })));
  await inBatches(authorRows, 500, (batch) => tx.itemAuthor.createMany({ data: batch }).then(() => []));

  const revisionRows = items.map(({ draft, id, bodyHtml }) => ({
    itemId: id,
    version: 1,
    title: draft.content.title,
    lead: draft.content.lead,
    bodyJson: draft.content.bodyJson,
    bodyHtml,
    savedById: draft.authors[0]!.id,
    createdAt: draft.createdAt,
  }));
  await inBatches(revisionRows, BATCH, (batch) => tx.revision.createMany({ data: batch }).then(() => []));

  const eventRows = items.flatMap(({ draft, id }) =>
    draft.steps.map((step) => ({
      itemId: id,
      actorId: step.actor.id,
      fromStatus: step.from,
      toStatus: step.to,
      note: step.note ?? null,
      createdAt: step.at,
    })),
  );
  await inBatches(eventRows, 500, (batch) => tx.workflowEvent.createMany({ data: batch }).then(() => []));

  const campaignRows = items.flatMap(({ draft, id }) => (draft.campaignId ? [{ campaignId: draft.campaignId, itemId: id }] : []));
  if (campaignRows.length) await tx.campaignItem.createMany({ data: campaignRows });

  return items.map(({ id, slug }) => ({ id, slug }));
}
