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
} as const;
