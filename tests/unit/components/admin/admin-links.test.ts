import { describe, expect, it } from "vitest";
import { allowedAdminLinks, currentAdminLink } from "@/components/admin/admin-links";
import { capabilitiesOf } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

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
