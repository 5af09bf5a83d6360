// Every message of the section pages, in one place so the wording can be
// reviewed. Safe for the browser.
export const SECTION_MESSAGES = {
  notFound: "Không tìm thấy chuyên mục.",
  slugTaken: (slug: string) => `Đường dẫn "${slug}" đã được chuyên mục khác dùng.`,
  created: (name: string, slug: string) => `Đã thêm chuyên mục ${name} (đường dẫn /chuyen-muc/${slug}).`,
  saved: "Đã lưu chuyên mục.",
  movedUp: "Đã chuyển chuyên mục lên.",
  movedDown: "Đã chuyển chuyên mục xuống.",
  shown: "Chuyên mục đã hiện lại với bạn đọc.",
  hidden: "Đã ẩn chuyên mục với bạn đọc.",
} as const;
