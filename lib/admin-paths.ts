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
} as const;
