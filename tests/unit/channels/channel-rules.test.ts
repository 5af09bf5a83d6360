import { describe, expect, it } from "vitest";
import { canRemoveChannelPost } from "@/lib/channels/remove-rule";
import { channelCadenceLines } from "@/lib/reports/channel-cadence-view";
import { channelExpectation, postedOnRange } from "@/lib/reports/channel-math";
import { channelPostSchema, isHttpUrl, vietnamToday } from "@/lib/validations/channel-post";
import { sectionUpdateSchema } from "@/lib/validations/section";

const errors = (input: Record<string, unknown>) => {
  const parsed = channelPostSchema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("channel post validation", () => {
  const today = vietnamToday();
  const fanpage = { itemId: "7", channel: "FANPAGE", outlet: "Điểm sáng vùng biên", url: "https://www.facebook.com/diemsangvungbien/posts/1", postedOn: today };

  it("accepts a fanpage post with an http(s) link and a radio broadcast without one", () => {
    expect(channelPostSchema.parse(fanpage)).toMatchObject({ itemId: 7, channel: "FANPAGE", url: fanpage.url, postedOn: today });
    expect(channelPostSchema.parse({ itemId: 7, channel: "RADIO", outlet: "Đài truyền thanh xã", url: "https://x.vn", postedOn: today }).url).toBeNull();
  });

  it("refuses, in Vietnamese and per field: no page name, no link, a non-http link, a future or impossible date", () => {
    expect(errors({ ...fanpage, outlet: " " })).toEqual({ outlet: "Nhập tên trang fanpage đã đăng." });
    expect(errors({ ...fanpage, url: "" })).toEqual({ url: "Dán liên kết tới bài đăng trên fanpage." });
    for (const url of ["javascript:alert(1)", "ftp://x.vn/a", "facebook.com/x", "https://localhost"]) {
      expect(errors({ ...fanpage, url })).toEqual({ url: "Liên kết phải là địa chỉ web bắt đầu bằng http:// hoặc https://." });
    }
    expect(errors({ ...fanpage, postedOn: "2999-01-01" })).toEqual({ postedOn: "Ngày đăng không được sau hôm nay." });
    expect(errors({ ...fanpage, postedOn: "2026-02-30" })).toEqual({ postedOn: "Nhập ngày theo dạng ngày/tháng/năm, ví dụ 07/12/2026." });
    expect(errors({ ...fanpage, channel: "EMAIL" })).toHaveProperty("channel", "Chọn kênh: fanpage hoặc phát thanh.");
    expect(isHttpUrl("http://dangbokhoi.vn/a")).toBe(true);
  });
});

describe("who may take a record back", () => {
  it("the board always; the recorder within 24 hours; nobody else", () => {
    const now = new Date("2026-12-06T10:00:00Z");
    const post = { recordedById: 1, createdAt: new Date("2026-12-05T11:00:00Z") };
    const old = { recordedById: 1, createdAt: new Date("2026-12-05T09:00:00Z") };
    const secretary = { id: 1, roles: ["SECRETARY" as const] };
    expect(canRemoveChannelPost(secretary, post, now)).toBe(true);
    expect(canRemoveChannelPost(secretary, old, now)).toBe(false);
    expect(canRemoveChannelPost({ id: 2, roles: ["SECRETARY"] }, post, now)).toBe(false);
    expect(canRemoveChannelPost({ id: 3, roles: ["EDITORIAL_BOARD"] }, old, now)).toBe(true);
    expect(canRemoveChannelPost({ id: 1, roles: ["CONTRIBUTOR"] }, post, now)).toBe(false);
  });
});

describe("section channel targets in the section form", () => {
  const base = { sectionId: "3", name: "Theo gương Bác", cadence: "DAILY", cadenceTarget: "1" };

  it("leaves the targets alone when the form does not send them", () => {
    expect(sectionUpdateSchema.parse(base)).not.toHaveProperty("channelTargets");
  });

  it("reads fanpage and radio cadence; 'Không đặt' clears the target", () => {
    const parsed = sectionUpdateSchema.parse({ ...base, fanpageCadence: "DAILY", fanpageTarget: "2", radioCadence: "NONE", radioTarget: "5" });
    expect(parsed.channelTargets).toEqual({ FANPAGE: { cadence: "DAILY", target: 2 }, RADIO: { cadence: "NONE", target: 0 } });
    const bad = sectionUpdateSchema.safeParse({ ...base, fanpageCadence: "DAILY", fanpageTarget: "-1" });
    expect(bad.success ? null : bad.error.issues[0]?.message).toBe("Chỉ tiêu fanpage không được âm.");
  });
});

describe("channel cadence maths", () => {
  it("counts posts through today while the period runs, to its end once over", () => {
    expect(postedOnRange("2026-12-01", "2027-01-01", "2026-12-06", true)).toEqual({ from: "2026-12-01", toExclusive: "2026-12-07" });
    expect(postedOnRange("2026-11-01", "2026-12-01", "2026-12-06", false)).toEqual({ from: "2026-11-01", toExclusive: "2026-12-01" });
  });

  it("expects a daily target once per whole day measured", () => {
    const start = new Date("2026-11-30T17:00:00Z"); // 1 December, Vietnam
    const end = new Date("2026-12-31T17:00:00Z");
    expect(channelExpectation("DAILY", 1, start, end, new Date("2026-12-06T05:00:00Z"))).toBe(5);
    expect(channelExpectation("DAILY", 1, start, end, new Date("2027-02-01T00:00:00Z"))).toBe(31);
    expect(channelExpectation("NONE", 3, start, end, new Date("2027-02-01T00:00:00Z"))).toBe(0);
  });

  it("puts each section's page, fanpage and radio side by side", () => {
    const lines = channelCadenceLines(
      [{ sectionId: 1, name: "Theo gương Bác", cadence: "DAILY", cadenceTarget: 1, expected: 5, published: 6, daysSinceLast: 0, longestGapDays: 1, isBehind: false }],
      [
        { sectionId: 1, name: "Theo gương Bác", channel: "RADIO", cadence: "DAILY", target: 1, expected: 5, posted: 2, lastOn: null, isBehind: true },
        { sectionId: 2, name: "Chỉ fanpage", channel: "FANPAGE", cadence: "WEEKLY", target: 1, expected: 0, posted: 0, lastOn: null, isBehind: false },
      ],
    );
    expect(lines.map((line) => [line.name, line.page?.done ?? null, line.channels.FANPAGE?.done ?? null, line.channels.RADIO?.isBehind ?? null])).toEqual([
      ["Theo gương Bác", 6, null, true],
      ["Chỉ fanpage", null, 0, null],
    ]);
  });
});
