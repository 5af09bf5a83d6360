// The channels beyond the page (seed 001): each of the plan's five sections
// goes out daily on the Facebook fanpage and on the commune/village radio,
// and the secretary has marked the last fortnight's items "đã đăng fanpage"
// (every item, the day it went up) and "đã phát thanh" (every other item,
// the next morning). Deterministic: dates follow the seeded items.
import type { SeedContext } from "../context";
import { addDays, vietnamDay } from "../clock";
import type { SectionKey } from "../text/sections";
import { DEMO_ACCOUNTS } from "../text/people";

const SEED_001_SECTIONS: readonly SectionKey[] = [
  "cong-tac-tuyen-giao",
  "thong-tin-doi-ngoai",
  "cong-tac-tuyen-van",
  "theo-guong-bac",
  "bao-ve-nen-tang-tu-tuong-cua-dang",
];

/** The fanpage seed 001 names, and the station that reads our items. */
export const DEMO_FANPAGE = "Điểm sáng vùng biên";
export const DEMO_FANPAGE_URL = "https://www.facebook.com/diemsangvungbien";
export const DEMO_STATION = "Đài truyền thanh xã";

const RECENT_DAYS = 14;

const isoDay = (instant: Date) => {
  const { year, month, day } = vietnamDay(instant);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
};

export async function seedChannels(context: SeedContext): Promise<number> {
  const { tx, clock } = context;
  const targets = SEED_001_SECTIONS.flatMap((key) => {
    const section = context.sections.get(key);
    if (!section) throw new Error(`Demo section ${key} is missing`);
    return (["FANPAGE", "RADIO"] as const).map((channel) => ({ sectionId: section.id, channel, cadence: "DAILY" as const, target: 1 }));
  });
  await tx.sectionChannelTarget.createMany({ data: targets });

  const secretary = context.people.find((person) => person.email === DEMO_ACCOUNTS.secretary);
  if (!secretary) throw new Error("Demo secretary is missing");
  const recent = await tx.item.findMany({
    where: { status: "PUBLISHED", publishedAt: { gte: addDays(clock.now, -RECENT_DAYS), lte: clock.now } },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    select: { id: true, publishedAt: true },
  });
  const today = isoDay(clock.now);
  const posts = recent.flatMap((item, index) => {
    const published = item.publishedAt!;
    const fanpage = {
      itemId: item.id,
      channel: "FANPAGE" as const,
      outlet: DEMO_FANPAGE,
      url: `${DEMO_FANPAGE_URL}/posts/${1_000_000 + item.id}`,
      postedOn: new Date(`${isoDay(published)}T00:00:00Z`),
      recordedById: secretary.id,
    };
    const nextMorning = isoDay(addDays(published, 1));
    const radio =
      index % 2 === 0 && nextMorning <= today
        ? [{ itemId: item.id, channel: "RADIO" as const, outlet: DEMO_STATION, url: null, postedOn: new Date(`${nextMorning}T00:00:00Z`), recordedById: secretary.id }]
        : [];
    return [fanpage, ...radio];
  });
  await tx.itemChannelPost.createMany({ data: posts });
  return posts.length;
}
