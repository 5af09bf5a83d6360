// The activity report's Excel file carries the fanpage and radio sheets when
// the channel figures are given, and stays as it was without them.
import { describe, expect, it } from "vitest";
import { activityWorkbook, activityWorkbookBuffer } from "@/lib/server/exports/activity-workbook";
import type { ChannelActivity, ChannelCadenceRow } from "@/lib/reports/channel-math";
import { findRow, readWorkbook, rowValues, sheetByName } from "@/tests/setup/read-workbook";
import { activityReport, CADENCE } from "@/tests/fixtures/report-data";

const counts = (fanpage: number, radio: number) => ({ FANPAGE: { count: fanpage, previous: 1 }, RADIO: { count: radio, previous: 0 } });

const activity: ChannelActivity = {
  totals: counts(7, 3),
  bySection: [
    { sectionId: 1, name: "Theo gương Bác", counts: counts(5, 2) },
    { sectionId: 2, name: "Công tác Tuyên vận", counts: counts(2, 1) },
  ],
  byUnit: [],
};
const cadence: ChannelCadenceRow[] = [
  { sectionId: 1, name: "Theo gương Bác", channel: "RADIO", cadence: "DAILY", target: 1, expected: 6, posted: 2, lastOn: "2026-12-05", isBehind: true },
];

describe("activity workbook with channels", () => {
  it("adds 'Fanpage, phát thanh' by primary section and 'Nhịp theo kênh'", async () => {
    const workbook = await readWorkbook(await activityWorkbookBuffer(activityReport(), CADENCE, { activity, cadence }));
    const posts = sheetByName(workbook, "Fanpage, phát thanh");
    const row = findRow(posts, "Theo gương Bác", 2);
    expect(rowValues(posts, row).slice(1, 6)).toEqual(["Theo gương Bác", 5, 1, 2, 0]);
    const pace = sheetByName(workbook, "Nhịp theo kênh");
    const paceRow = findRow(pace, "Theo gương Bác", 2);
    expect(rowValues(pace, paceRow).slice(1, 7)).toEqual(["Theo gương Bác", "Phát thanh", "Hằng ngày: ít nhất 1 lần phát", 6, 2, "Chậm so với nhịp"]);
  });

  it("keeps the old sheets only when no channel figures are given", () => {
    const names = activityWorkbook(activityReport(), CADENCE).worksheets.map((sheet) => sheet.name);
    expect(names).not.toContain("Fanpage, phát thanh");
    expect(names).toContain("Nhịp đăng");
  });
});
