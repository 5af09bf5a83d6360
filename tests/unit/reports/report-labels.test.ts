import { describe, expect, it } from "vitest";
import { cadenceTargetText, changeDelta, changeSentence, changeSpoken } from "@/lib/reports/report-labels";

describe("report wording", () => {
  it("says how a figure changed from the previous period", () => {
    expect(changeSentence(42, 30)).toBe("↑ 12 so với kỳ trước");
    expect(changeSentence(27, 30)).toBe("↓ 3 so với kỳ trước");
    expect(changeSentence(30, 30)).toBe("Bằng kỳ trước");
    expect(changeDelta(12_500, 1_000)).toBe("↑ 11.500");
    expect(changeDelta(0, 0)).toBe("0");
    expect(changeSpoken(27, 30)).toBe("giảm 3 so với kỳ trước (30)");
  });

  it("writes a cadence target short", () => {
    expect(cadenceTargetText("WEEKLY", 2)).toBe("2 tin, bài/tuần");
    expect(cadenceTargetText("DAILY", 1)).toBe("1 tin, bài/ngày");
    expect(cadenceTargetText("NONE", 3)).toBe("Không đặt");
  });
});
