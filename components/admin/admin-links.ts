import type { Capability } from "@/lib/auth/permissions";
import { adminPaths } from "@/lib/admin-paths";

// The back-office navigation: each link shows only to holders of the
// capability its page requires (the page checks it again on the server).
export const ADMIN_LINKS = [
  { href: "/quan-tri", label: "Trang quản trị", capability: "backoffice.enter" },
  { href: adminPaths.myItems, label: "Bài của tôi", capability: "items.write-own" },
  { href: adminPaths.reviewQueue, label: "Biên tập", capability: "items.review" },
  { href: adminPaths.approvalQueue, label: "Phê duyệt", capability: "items.publish" },
  { href: adminPaths.allItems, label: "Quản lý bài", capability: "items.review" },
  { href: adminPaths.documents, label: "Văn bản", capability: "documents.manage" },
  { href: adminPaths.quotas, label: "Chỉ tiêu", capability: "quotas.read" },
  { href: adminPaths.reports, label: "Báo cáo", capability: "reports.read" },
  { href: adminPaths.royalties, label: "Nhuận bút", capability: "royalties.manage" },
  { href: adminPaths.campaigns, label: "Chuyên trang", capability: "campaigns.manage" },
  { href: adminPaths.banners, label: "Banner", capability: "banners.manage" },
  { href: adminPaths.notifications, label: "Thông báo", capability: "backoffice.enter" },
  { href: "/quan-tri/tai-khoan", label: "Tài khoản", capability: "account.manage-own" },
  { href: adminPaths.mediaLibrary, label: "Thư viện ảnh", capability: "media.upload" },
  { href: "/quan-tri/nguoi-dung", label: "Người dùng", capability: "people.manage" },
  { href: "/quan-tri/don-vi", label: "Đơn vị", capability: "units.manage" },
  { href: "/quan-tri/chuyen-muc", label: "Chuyên mục", capability: "sections.manage" },
  { href: adminPaths.quotaPlans, label: "Kế hoạch chỉ tiêu", capability: "quota-rules.manage" },
  { href: adminPaths.royaltySettings, label: "Định mức nhuận bút", capability: "royalty-rates.manage" },
  { href: "/quan-tri/nhat-ky", label: "Nhật ký", capability: "audit.read" },
] as const satisfies readonly { href: string; label: string; capability: Capability }[];

export type AdminLink = { href: string; label: string };

export function allowedAdminLinks(capabilities: ReadonlySet<Capability>): AdminLink[] {
  return ADMIN_LINKS.filter((link) => capabilities.has(link.capability)).map(({ href, label }) => ({ href, label }));
}

/** The link to mark as current: the longest one the path starts with. */
export function currentAdminLink(links: readonly AdminLink[], pathname: string): string | null {
  const matches = links.filter((link) => pathname === link.href || pathname.startsWith(`${link.href}/`));
  return matches.sort((a, b) => b.href.length - a.href.length)[0]?.href ?? null;
}
