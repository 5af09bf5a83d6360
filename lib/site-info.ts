// The committee's own particulars shown in the masthead and footer. They are
// not secrets and change about once a term, so they live here rather than in
// the environment; the site name itself comes from env().
export const SITE_INFO = {
  parentBody: "Đảng bộ tỉnh Thanh Hóa",
  committeeName: "Đảng ủy Khối các cơ quan tỉnh",
  editorialBoard: "Ban Biên tập Trang thông tin điện tử",
  publisherNote: "Cơ quan chủ quản: Đảng ủy Khối các cơ quan tỉnh Thanh Hóa.",
  responsiblePerson: "Chịu trách nhiệm nội dung: Trưởng Ban Biên tập.",
  address: "Số 45 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa",
  phone: "0237 3 852 000",
  email: "bbt.dukcqt@thanhhoa.dcs.vn",
  licence: "Giấy phép thiết lập Trang thông tin điện tử tổng hợp trên mạng.",
} as const;
