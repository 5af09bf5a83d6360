import { describe, expect, it } from "vitest";
import { allowedAdminLinks, currentAdminLink } from "@/components/admin/admin-links";
import { capabilitiesOf } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { reorder } from "@/lib/sections/reorder";
import { cadenceText } from "@/lib/sections/labels";
import { POSITION_LABELS, ROLE_LABELS, rolesText } from "@/lib/users/labels";

const labelsFor = (...roles: Role[]) => allowedAdminLinks(capabilitiesOf({ id: 1, roles })).map((link) => link.label);

describe("back-office navigation", () => {
  it("shows each role its workflow pages and never the administration", () => {
    expect(labelsFor("CONTRIBUTOR")).toEqual(["Trang quản trị", "Bài của tôi", "Thông báo", "Tài khoản", "Thư viện ảnh"]);
    expect(labelsFor("SECRETARY")).toEqual(["Trang quản trị", "Biên tập", "Quản lý bài", "Văn bản", "Chỉ tiêu", "Báo cáo", "Nhuận bút", "Thông báo", "Tài khoản", "Thư viện ảnh"]);
    expect(labelsFor("EDITORIAL_BOARD")).toEqual(["Trang quản trị", "Biên tập", "Phê duyệt", "Quản lý bài", "Văn bản", "Chỉ tiêu", "Báo cáo", "Nhuận bút", "Chuyên trang", "Banner", "Thông báo", "Tài khoản", "Thư viện ảnh"]);
    expect(labelsFor("STANDING_COMMITTEE")).toEqual(["Trang quản trị", "Chỉ tiêu", "Báo cáo", "Thông báo", "Tài khoản"]);
  });

  it("shows the administrator every management page", () => {
    expect(labelsFor("ADMINISTRATOR")).toEqual(["Trang quản trị", "Chuyên trang", "Banner", "Thông báo", "Tài khoản", "Thư viện ảnh", "Người dùng", "Đơn vị", "Chuyên mục", "Kế hoạch chỉ tiêu", "Định mức nhuận bút", "Nhật ký"]);
  });

  it("marks the most specific link as current", () => {
    const links = allowedAdminLinks(capabilitiesOf({ id: 1, roles: ["ADMINISTRATOR"] }));
    expect(currentAdminLink(links, "/quan-tri")).toBe("/quan-tri");
    expect(currentAdminLink(links, "/quan-tri/nguoi-dung/12")).toBe("/quan-tri/nguoi-dung");
    expect(currentAdminLink(links, "/quan-tri/nguoi-dungx")).toBe("/quan-tri");
  });
});

describe("section order", () => {
  it("swaps a section with its neighbour and stays put at either end", () => {
    expect(reorder([1, 2, 3], 2, "up")).toEqual([2, 1, 3]);
    expect(reorder([1, 2, 3], 2, "down")).toEqual([1, 3, 2]);
    expect(reorder([1, 2, 3], 1, "up")).toEqual([1, 2, 3]);
    expect(reorder([1, 2, 3], 3, "down")).toEqual([1, 2, 3]);
    expect(reorder([1, 2, 3], 9, "up")).toEqual([1, 2, 3]);
  });
});

describe("labels", () => {
  it("names roles and positions in Vietnamese, in canonical order", () => {
    expect(ROLE_LABELS.SECRETARY).toBe("Thư ký Ban Biên tập");
    expect(POSITION_LABELS.STAFF).toBe("Cán bộ/chuyên viên");
    expect(rolesText(["CONTRIBUTOR", "SECRETARY"])).toBe("Cộng tác viên, Thư ký Ban Biên tập");
  });

  it("describes a cadence target", () => {
    expect(cadenceText("WEEKLY", 2)).toBe("Hằng tuần: ít nhất 2 tin, bài");
    expect(cadenceText("NONE", 5)).toBe("Không đặt");
    expect(cadenceText("DAILY", 0)).toBe("Không đặt");
  });
});
