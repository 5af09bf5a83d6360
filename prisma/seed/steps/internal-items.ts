// Non-public items in every workflow state, written before the archive so
// they keep exactly the slugs DEMO_NON_PUBLIC_ITEMS announces.
import { addDays, addMinutes, vietnamDay, vietnamTime } from "../clock";
import { personByEmail, personByName, type SeedContext, type SeededPerson } from "../context";
import { buildThemedItemContent } from "../item-content";
import { writeItems, type ItemDraft, type WorkflowStep } from "../item-writer";
import { Rng } from "../random";
import { workingTime } from "../schedule";
import { DEMO_NON_PUBLIC_ITEMS, type InternalItemSeed } from "../text/internal-items";
import { DEMO_ACCOUNTS } from "../text/people";
import { SECTION_THEMES } from "../text/themes";

function authorOf(context: SeedContext, item: InternalItemSeed): SeededPerson {
  return item.author.includes("@") ? personByEmail(context, item.author) : personByName(context, item.author);
}

function daysAgoAtWork(rng: Rng, now: Date, days: number): Date {
  const day = vietnamDay(addDays(now, -days));
  const at = workingTime(rng, day.year, day.month, day.day);
  return at < now ? at : addMinutes(now, -rng.int(30, 120));
}

export async function seedInternalItems(context: SeedContext): Promise<number> {
  const { now } = context.clock;
  const secretary = personByEmail(context, DEMO_ACCOUNTS.secretary);
  const board = personByEmail(context, DEMO_ACCOUNTS.editorialBoard);

  const drafts = DEMO_NON_PUBLIC_ITEMS.map((item, index): ItemDraft => {
    const rng = new Rng("internal", index);
    const author = authorOf(context, item);
    const generated = buildThemedItemContent(SECTION_THEMES[item.section], 5_000 + index);
    const content = { ...generated, title: item.title, lead: item.lead, kind: item.kind, isInDepth: false, sectionKeys: [item.section] };
    const ageDays = item.status === "UNPUBLISHED" ? 24 : item.status === "DRAFT" ? rng.int(0, 9) : rng.int(2, 8);
    const createdAt = daysAgoAtWork(rng, now, ageDays);
    const at = (fraction: number) => new Date(createdAt.getTime() + (now.getTime() - createdAt.getTime()) * fraction);
    const steps: WorkflowStep[] = [{ from: null, to: "DRAFT", actor: author, at: createdAt }];
    const draft: ItemDraft = { content, status: item.status, authors: [author], createdAt, updatedAt: createdAt, steps };

    if (item.status === "DRAFT") {
      draft.updatedAt = addMinutes(createdAt, rng.int(5, 90));
      return draft;
    }
    steps.push({ from: "DRAFT", to: "SUBMITTED", actor: author, at: at(0.15) });
    if (item.status === "RETURNED") {
      steps.push({ from: "SUBMITTED", to: "RETURNED", actor: secretary, at: at(0.4), note: item.note });
    } else if (item.status !== "SUBMITTED") {
      steps.push({ from: "SUBMITTED", to: "FORWARDED", actor: secretary, at: at(0.3) });
    }
    if (item.status === "SCHEDULED") {
      const day = vietnamDay(addDays(now, item.inDays ?? 1));
      draft.scheduledAt = vietnamTime(day.year, day.month, day.day, 7, 30);
      steps.push({ from: "FORWARDED", to: "SCHEDULED", actor: board, at: at(0.6), note: "Duyệt, hẹn giờ đăng." });
    }
    if (item.status === "REJECTED") {
      steps.push({ from: "FORWARDED", to: "REJECTED", actor: board, at: at(0.6), note: item.note });
    }
    if (item.status === "UNPUBLISHED") {
      draft.publishedAt = at(0.25);
      draft.viewCount = rng.int(150, 400);
      steps.push(
        { from: "FORWARDED", to: "PUBLISHED", actor: board, at: draft.publishedAt },
        { from: "PUBLISHED", to: "UNPUBLISHED", actor: board, at: at(0.35), note: item.note },
      );
    }
    draft.updatedAt = steps[steps.length - 1]!.at;
    return draft;
  });

  const written = await writeItems(context, drafts);
  for (const [index, row] of written.entries()) {
    const expected = DEMO_NON_PUBLIC_ITEMS[index]!.slug;
    if (row.slug !== expected) throw new Error(`Non-public demo item got slug ${row.slug}, expected ${expected}`);
  }
  return written.length;
}
