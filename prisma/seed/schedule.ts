// When demo items were published: every section every month, in Vietnam's
// working hours, from 1 January last year up to (never after) now.
import { addDays, addMinutes, daysInMonth, monthsOf, vietnamDay, vietnamTime, type DemoClock } from "./clock";
import { Rng } from "./random";
import type { CampaignSeed } from "./text/campaigns";
import { SECTIONS } from "./text/sections";
import { CAMPAIGN_THEMES, SECTION_THEMES, type Theme } from "./text/themes";

export type Slot = { theme: Theme; publishedAt: Date; campaign?: CampaignSeed };

/** A time between 07:30 and 17:00 (Saturday: until 11:00) on the given day. */
export function workingTime(rng: Rng, year: number, month: number, day: number): Date {
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const minutes = weekday === 6 ? rng.int(8 * 60, 11 * 60) : rng.int(7 * 60 + 30, 17 * 60);
  return vietnamTime(year, month, day, Math.floor(minutes / 60), minutes % 60);
}

/** Most Sunday publications move to Saturday or Monday, as an office works. */
function avoidSunday(rng: Rng, date: Date): Date {
  if (vietnamDay(date).weekday !== 0 || rng.chance(0.2)) return date;
  return addDays(date, rng.chance(0.5) ? -1 : 1);
}

/** Never in the future: today's late slots move back a day at a time. */
function notAfterNow(date: Date, clock: DemoClock): Date {
  let result = date;
  const latest = addMinutes(clock.now, -5);
  while (result > latest) result = addDays(result, -1);
  return result;
}

function sectionSlots(clock: DemoClock): Slot[] {
  const today = vietnamDay(clock.now);
  const slots: Slot[] = [];
  for (const { year, month } of monthsOf(clock)) {
    const isCurrent = year === today.year && month === today.month;
    const lastDay = isCurrent ? today.day : daysInMonth(year, month);
    const share = lastDay / daysInMonth(year, month);
    for (const section of SECTIONS) {
      const rng = new Rng("slots", section.key, year, month);
      const jitter = section.monthlyItems >= 4 ? rng.int(-1, 2) : rng.int(0, 1);
      const count = Math.max(isCurrent ? 0 : 1, Math.round((section.monthlyItems + jitter) * share));
      for (let n = 0; n < count; n++) {
        let publishedAt = workingTime(rng, year, month, rng.int(1, lastDay));
        publishedAt = notAfterNow(avoidSunday(rng, publishedAt), clock);
        if (publishedAt < clock.start) publishedAt = addDays(publishedAt, 2);
        slots.push({ theme: SECTION_THEMES[section.key], publishedAt });
      }
    }
  }
  return slots;
}

function campaignSlots(clock: DemoClock, campaigns: CampaignSeed[]): Slot[] {
  const slots: Slot[] = [];
  for (const campaign of campaigns) {
    const rng = new Rng("campaign-slots", campaign.key);
    const until = campaign.endsAt < clock.now ? campaign.endsAt : clock.now;
    const spanDays = Math.max(1, Math.floor((until.getTime() - campaign.startsAt.getTime()) / 86_400_000));
    for (let n = 0; n < campaign.itemCount; n++) {
      const day = vietnamDay(addDays(campaign.startsAt, Math.floor(((n + rng.float()) * spanDays) / campaign.itemCount)));
      const publishedAt = notAfterNow(workingTime(rng, day.year, day.month, day.day), clock);
      slots.push({ theme: CAMPAIGN_THEMES[campaign.key], publishedAt, campaign });
    }
  }
  return slots;
}

/** All published slots, oldest first. */
export function schedulePublishedItems(clock: DemoClock, campaigns: CampaignSeed[]): Slot[] {
  return [...sectionSlots(clock), ...campaignSlots(clock, campaigns)].sort(
    (a, b) => a.publishedAt.getTime() - b.publishedAt.getTime(),
  );
}
