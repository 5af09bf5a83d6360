// The public archive: every section, every month, from 1 January last year.
import type { ItemKind } from "@/lib/generated/prisma/enums";
import { addMinutes, vietnamDay } from "../clock";
import { chooseAuthors } from "../authors";
import { personByEmail, personByName, type SeedContext, type SeededPerson } from "../context";
import { buildThemedItemContent } from "../item-content";
import { writeItems, type ItemDraft } from "../item-writer";
import { Rng } from "../random";
import { schedulePublishedItems, workingTime } from "../schedule";
import type { CampaignSeed } from "../text/campaigns";
import { DEMO_ACCOUNTS } from "../text/people";
import { SOURCES } from "../text/themes/shared";

const DAY_MS = 86_400_000;

/** Written some days before, submitted, forwarded by the secretary, published by the board. */
function editorialTimeline(rng: Rng, kind: ItemKind, publishedAt: Date) {
  const daysBefore = kind === "ARTICLE" ? rng.int(1, 6) : rng.int(0, 2);
  const day = vietnamDay(new Date(publishedAt.getTime() - daysBefore * DAY_MS));
  let createdAt = workingTime(rng, day.year, day.month, day.day);
  if (createdAt >= addMinutes(publishedAt, -60)) createdAt = addMinutes(publishedAt, -rng.int(90, 300));
  const span = publishedAt.getTime() - createdAt.getTime();
  const submittedAt = new Date(createdAt.getTime() + span * (0.1 + rng.float() * 0.2));
  const forwardedAt = new Date(createdAt.getTime() + span * (0.5 + rng.float() * 0.35));
  return { createdAt, submittedAt, forwardedAt };
}

function viewCount(rng: Rng, publishedAt: Date, now: Date, kind: ItemKind, isInDepth: boolean): number {
  const ageDays = (now.getTime() - publishedAt.getTime()) / DAY_MS;
  const base = rng.int(60, 420) + Math.min(ageDays, 400) * (1 + rng.float() * 6);
  const factor = (isInDepth ? 1.5 : 1) * (kind === "PHOTO_STORY" ? 1.3 : 1);
  return Math.round(base * factor);
}

export async function seedPublishedItems(context: SeedContext, campaigns: Map<string, number>, seeds: CampaignSeed[]): Promise<number> {
  const { clock } = context;
  const secretaries: [SeededPerson, number][] = [
    [personByEmail(context, DEMO_ACCOUNTS.secretary), 4],
    [personByName(context, "Đinh Quang Huy"), 1],
  ];
  const board: [SeededPerson, number][] = [
    [personByEmail(context, DEMO_ACCOUNTS.editorialBoard), 3],
    [personByName(context, "Đặng Thị Minh Nguyệt"), 1],
  ];
  const ordinals = new Map<string, number>();
  const drafts: ItemDraft[] = [];

  for (const slot of schedulePublishedItems(clock, seeds)) {
    const ordinal = ordinals.get(slot.theme.key) ?? 0;
    ordinals.set(slot.theme.key, ordinal + 1);
    const content = buildThemedItemContent(slot.theme, ordinal);
    const rng = new Rng("published", slot.theme.key, ordinal);
    const authors = chooseAuthors(context, rng, content, vietnamDay(slot.publishedAt).year);
    const { createdAt, submittedAt, forwardedAt } = editorialTimeline(rng, content.kind, slot.publishedAt);
    const secretary = rng.weighted(secretaries, ([, weight]) => weight)![0];
    const publisher = rng.weighted(board, ([, weight]) => weight)![0];
    const author = authors[0]!;
    drafts.push({
      content,
      status: "PUBLISHED",
      authors,
      penName: author.penName && rng.chance(0.4) ? author.penName : undefined,
      source: rng.chance(0.15) ? rng.pick(SOURCES) : undefined,
      createdAt,
      updatedAt: slot.publishedAt,
      publishedAt: slot.publishedAt,
      viewCount: viewCount(rng, slot.publishedAt, clock.now, content.kind, content.isInDepth),
      campaignId: slot.campaign ? campaigns.get(slot.campaign.key) : undefined,
      steps: [
        { from: null, to: "DRAFT", actor: author, at: createdAt },
        { from: "DRAFT", to: "SUBMITTED", actor: author, at: submittedAt },
        { from: "SUBMITTED", to: "FORWARDED", actor: secretary, at: forwardedAt },
        { from: "FORWARDED", to: "PUBLISHED", actor: publisher, at: slot.publishedAt },
      ],
    });
  }

  markFeatured(drafts, clock.now);
  await writeItems(context, drafts);
  return drafts.length;
}

/** A handful of recent articles and photo stories lead the home page. */
function markFeatured(drafts: ItemDraft[], now: Date): void {
  const candidates = drafts
    .filter((draft) => draft.content.kind !== "NEWS" && now.getTime() - draft.publishedAt!.getTime() < 75 * DAY_MS)
    .slice(-12);
  for (const [index, draft] of candidates.entries()) {
    if (index % 2 === 1) continue;
    draft.isFeatured = true;
    const featuredAt = addMinutes(draft.publishedAt!, 20);
    draft.featuredAt = featuredAt > now ? draft.publishedAt : featuredAt;
    draft.viewCount = Math.round((draft.viewCount ?? 0) * 2.5);
  }
}
