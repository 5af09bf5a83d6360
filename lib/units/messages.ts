// Every message of the unit tree's pages, in one place so the wording can be
// reviewed. Safe for the browser.
export const UNIT_MESSAGES = {
  notFound: "Không tìm thấy đơn vị.",
  parentNotFound: "Không tìm thấy đơn vị cấp trên.",
  moveIntoItself: "Không thể chuyển một đơn vị vào chính nó hoặc vào đơn vị trực thuộc nó.",
  notEmpty: "Không thể xóa đơn vị đang có người, tin bài hoặc đơn vị trực thuộc. Hãy ngừng hoạt động đơn vị này thay vì xóa.",
  created: (name: string) => `Đã thêm đơn vị ${name}.`,
  renamed: "Đã lưu tên và loại đơn vị.",
  moved: "Đã chuyển đơn vị.",
  reactivated: "Đơn vị đã hoạt động trở lại.",
  deactivated: "Đã ngừng hoạt động đơn vị.",
} as const;
