// Back-office URL shapes of the editorial workflow. Plain strings, safe for
// client components (lib/urls.ts re-exports them; it also reads the
// environment, which must stay on the server).
export const adminPaths = {
  myItems: "/quan-tri/bai-viet",
  item: (id: number) => `/quan-tri/bai-viet/${id}`,
  itemPreview: (id: number) => `/quan-tri/bai-viet/${id}/xem-truoc`,
  itemRevisions: (id: number) => `/quan-tri/bai-viet/${id}/phien-ban`,
  reviewQueue: "/quan-tri/bien-tap",
  approvalQueue: "/quan-tri/phe-duyet",
  allItems: "/quan-tri/quan-ly-bai",
  notifications: "/quan-tri/thong-bao",
  mediaLibrary: "/quan-tri/thu-vien",
  documents: "/quan-tri/van-ban",
  newDocument: "/quan-tri/van-ban/moi",
  document: (id: number) => `/quan-tri/van-ban/${id}`,
  // Quotas (chỉ tiêu) and reports (báo cáo). Pages take `?nam=2026` and the
  // filters as query parameters, so every view is a bookmarkable link.
  quotas: "/quan-tri/chi-tieu",
  quotaPerson: (userId: number) => `/quan-tri/chi-tieu/ca-nhan/${userId}`,
  quotaMonthly: "/quan-tri/chi-tieu/hang-thang",
  quotaExcel: "/quan-tri/chi-tieu/excel",
  quotaPrint: "/quan-tri/chi-tieu/in",
  quotaEvaluation: "/quan-tri/chi-tieu/danh-gia",
  // A sibling route of the evaluation page: a page cannot answer a file.
  quotaEvaluationExcel: "/quan-tri/chi-tieu/danh-gia/excel",
  quotaPlans: "/quan-tri/chi-tieu/ke-hoach",
  quotaPlan: (year: number) => `/quan-tri/chi-tieu/ke-hoach/${year}`,
  reports: "/quan-tri/bao-cao",
  reportExcel: "/quan-tri/bao-cao/excel",
  reportPrint: "/quan-tri/bao-cao/in",
  // Royalties (nhuận bút). The sheet takes `?thang=2026-11`, the year pages `?nam=2026`.
  royalties: "/quan-tri/nhuan-but",
  royaltyExcel: "/quan-tri/nhuan-but/excel",
  royaltyPrint: "/quan-tri/nhuan-but/in",
  royaltyYear: "/quan-tri/nhuan-but/nam",
  royaltyYearExcel: "/quan-tri/nhuan-but/nam/excel",
  royaltySettings: "/quan-tri/nhuan-but/cai-dat",
  royaltySettingsYear: (year: number) => `/quan-tri/nhuan-but/cai-dat/${year}`,
  // Campaign pages (chuyên trang) and home-page banners.
  campaigns: "/quan-tri/chuyen-trang",
  newCampaign: "/quan-tri/chuyen-trang/moi",
  campaign: (id: number) => `/quan-tri/chuyen-trang/${id}`,
  banners: "/quan-tri/banner",
  newBanner: "/quan-tri/banner/moi",
  banner: (id: number) => `/quan-tri/banner/${id}`,
} as const;
