import { describe, expect, it } from "vitest";
import { bannerStatus, campaignStatus } from "@/lib/campaigns/campaign-status";
import { BANNER_STATUS_LABELS, CAMPAIGN_STATUS_LABELS } from "@/lib/campaigns/labels";

const window = { startsAt: new Date("2026-12-05T17:00:00Z"), endsAt: new Date("2026-12-06T17:00:00Z") };

describe("back-office badges", () => {
  it("reads a campaign as upcoming, running, ended, or archived whatever its dates", () => {
    const label = (now: string, archivedAt: Date | null = null) => CAMPAIGN_STATUS_LABELS[campaignStatus({ ...window, archivedAt }, new Date(now))];
    expect(label("2026-12-05T16:59:00Z")).toBe("Sắp diễn ra");
    expect(label("2026-12-06T09:00:00Z")).toBe("Đang diễn ra");
    expect(label("2026-12-06T17:00:00Z")).toBe("Đã kết thúc");
    expect(label("2026-12-06T09:00:00Z", new Date("2026-12-06T08:00:00Z"))).toBe("Lưu trữ");
  });

  it("reads a switched-off banner as off, an unscheduled one as shown", () => {
    expect(BANNER_STATUS_LABELS[bannerStatus({ ...window, isActive: false }, new Date("2026-12-06T09:00:00Z"))]).toBe("Đã tắt");
    expect(BANNER_STATUS_LABELS[bannerStatus({ startsAt: null, endsAt: null, isActive: true }, new Date())]).toBe("Đang hiện");
    expect(BANNER_STATUS_LABELS[bannerStatus({ startsAt: null, endsAt: window.endsAt, isActive: true }, new Date("2027-01-01T00:00:00Z"))]).toBe("Đã hết hạn");
  });
});
