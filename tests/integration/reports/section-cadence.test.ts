// Section cadence on controlled dates: expected items, published, the longest
// gap (window function, period bounds included), days since the last item,
// and the home page's "behind now" list over rolling windows.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

vi.mock("next/cache", () => import("@/tests/setup/next-cache-passthrough"));

const database = setupTestDatabase();

const load = () =>
  loadWith(
    import("@/tests/factories/reports"),
    import("@/lib/server/reports/get-section-cadence"),
    import("@/lib/reports/report-period"),
  );

const vn = (local: string) => new Date(`${local}+07:00`);
const NOW = vn("2026-07-15T15:00:00");

type Fixture = Awaited<ReturnType<typeof build>>;

async function build() {
  const t = await load();
  const author = await t.createUser();
  const daily = await t.createCadenceSection({ name: "Theo gương Bác (nhịp)", cadence: "DAILY", target: 1, sortOrder: 1 });
  const weekly = await t.createCadenceSection({ name: "Công tác Tuyên giáo (nhịp)", cadence: "WEEKLY", target: 2, sortOrder: 2 });
  const monthly = await t.createCadenceSection({ name: "Gương điển hình (nhịp)", cadence: "MONTHLY", target: 3, sortOrder: 3 });
  const none = await t.createCadenceSection({ name: "Không đặt nhịp", cadence: "NONE", target: 0, sortOrder: 4 });
  const hidden = await t.createCadenceSection({ name: "Chuyên mục ẩn", cadence: "DAILY", target: 1, isVisible: false, sortOrder: 5 });
  const publish = (sectionIds: number[], local: string, status: "PUBLISHED" | "UNPUBLISHED" = "PUBLISHED") =>
    t.createItem({ authorIds: [author.id], sectionIds, status, publishedAt: vn(local) });

  // March: the daily section on the 1st, 5th, 20th and 31st; the 5th is also in the weekly section.
  await publish([daily.id], "2026-03-01T08:00:00");
  await publish([weekly.id, daily.id], "2026-03-05T08:00:00");
  await publish([daily.id], "2026-03-20T08:00:00");
  await publish([daily.id], "2026-03-31T22:00:00");
  // Taken down: neither counted nor a gap-breaker.
  await publish([daily.id], "2026-03-12T08:00:00", "UNPUBLISHED");
  for (const day of ["03", "10", "17", "24"]) await publish([weekly.id], `2026-03-${day}T09:00:00`);
  for (const day of ["02", "15", "28"]) await publish([monthly.id], `2026-03-${day}T09:00:00`);
  // July: the daily section every day up to yesterday, none today.
  for (let day = 1; day <= 14; day++) await publish([daily.id], `2026-07-${String(day).padStart(2, "0")}T08:00:00`);
  await publish([weekly.id], "2026-07-09T09:00:00");
  await publish([weekly.id], "2026-07-14T09:00:00");
  await publish([monthly.id], "2026-06-10T09:00:00");
  return { t, sections: { daily, weekly, monthly, none, hidden } };
}

describe(`section cadence on ${database.kind}`, () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await build();
  }, 120_000);

  it("measures a past month: expected, published, longest gap, days since the last item", async () => {
    const rows = await f.t.getSectionCadence(f.t.monthPeriod(2026, 3), NOW);
    expect(rows.map((row) => row.name)).toEqual(["Theo gương Bác (nhịp)", "Công tác Tuyên giáo (nhịp)", "Gương điển hình (nhịp)"]);
    const [daily, weekly, monthly] = rows;
    // Gaps: 1st 00:00 → 08:00, → 5th, → 20th (15 days), → 31st 22:00, → 1 April.
    expect(daily).toEqual({
      sectionId: f.sections.daily.id,
      name: "Theo gương Bác (nhịp)",
      cadence: "DAILY",
      cadenceTarget: 1,
      expected: 31,
      published: 4,
      daysSinceLast: 1,
      longestGapDays: 15,
      isBehind: true,
    });
    // 31/7 weeks × 2 = 8.86, rounded down: 8; five items; the longest gap, 24th 09:00 to 1 April, is 7 days 15 hours.
    expect(weekly).toMatchObject({ expected: 8, published: 5, longestGapDays: 7, isBehind: true, daysSinceLast: 1 });
    expect(monthly).toMatchObject({ expected: 3, published: 3, longestGapDays: 13, isBehind: false, daysSinceLast: 35 });
  });

  it("measures a running month to now, and flags today once half of it has gone without an item", async () => {
    const afternoon = await f.t.getSectionCadence(f.t.monthPeriod(2026, 7), NOW);
    const daily = afternoon.find((row) => row.sectionId === f.sections.daily.id);
    // 14 whole days and 15/24 of today: 14 expected, 14 published, but nothing yet today after noon.
    expect(daily).toMatchObject({ expected: 14, published: 14, longestGapDays: 1, isBehind: true });
    const morning = await f.t.getSectionCadence(f.t.monthPeriod(2026, 7), vn("2026-07-15T10:00:00"));
    expect(morning.find((row) => row.sectionId === f.sections.daily.id)).toMatchObject({ expected: 14, published: 14, isBehind: false });
  });

  it("lists the sections behind right now over rolling windows (a day, 7 days, 30 days)", async () => {
    const behind = await f.t.listSectionsBehind(NOW);
    // Daily: last item yesterday 08:00, 31 hours ago. Weekly: two in the last 7 days. Monthly: none in 30 days.
    expect(behind.map((row) => [row.name, row.published, row.expected, row.isBehind])).toEqual([
      ["Theo gương Bác (nhịp)", 0, 1, true],
      ["Gương điển hình (nhịp)", 0, 3, true],
    ]);
    expect(behind[0]?.daysSinceLast).toBe(1);
    const nextMorning = await f.t.listSectionsBehind(vn("2026-07-15T07:00:00"));
    expect(nextMorning.map((row) => row.sectionId)).toEqual([f.sections.monthly.id]);
  });
});
