import type { UploadAccept } from "./upload-limits";

// Every Vietnamese sentence the upload and Word-import endpoints answer
// with, gathered here so the wording can be reviewed in one place.

const ACCEPT_DESCRIPTIONS: Record<UploadAccept, string> = {
  image: "ảnh JPEG, PNG, WebP hoặc GIF",
  video: "video MP4",
  document: "tài liệu PDF hoặc Word (.docx)",
  any: "ảnh JPEG, PNG, WebP, GIF, tài liệu PDF, Word (.docx) và video MP4",
};

export const UPLOAD_MESSAGES = {
  unauthenticated: "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.",
  forbidden: "Bạn không có quyền tải tệp lên.",
  crossOrigin:
    "Không tải lên được: yêu cầu không đến từ chính trang quản trị đang mở (có thể do một trang hoặc tiện ích khác gửi). Hãy tải lại trang quản trị rồi chọn tệp lần nữa.",
  rateLimited: "Bạn đã tải lên quá nhiều tệp trong thời gian ngắn. Vui lòng thử lại sau ít phút.",
  badRequest: "Yêu cầu tải lên không hợp lệ. Vui lòng chọn lại tệp và thử lại.",
  noFile: "Chưa chọn tệp để tải lên.",
  oneFileOnly: "Mỗi lần chỉ tải lên một tệp.",
  empty: "Tệp rỗng, không có nội dung để tải lên.",
  tooLarge: (megabytes: number) => `Tệp quá lớn (tối đa ${megabytes} MB).`,
  markup: "Không nhận ảnh SVG, trang HTML hay tệp văn bản có mã: chúng có thể chứa mã độc.",
  unsupported: (accept: UploadAccept) => `Định dạng tệp không được hỗ trợ. Chỉ nhận ${ACCEPT_DESCRIPTIONS[accept]}.`,
  notAccepted: (accept: UploadAccept) => `Ở đây chỉ nhận ${ACCEPT_DESCRIPTIONS[accept]}.`,
  zipNotDocx: "Tệp nén này không phải tài liệu Word (.docx).",
  legacyDoc: "Tệp Word cũ (.doc) hoặc tệp Word có mật khẩu chưa được hỗ trợ. Hãy mở bằng Word và lưu lại dưới dạng .docx, không đặt mật khẩu.",
  brokenImage: "Không đọc được ảnh: tệp bị hỏng hoặc không đúng định dạng.",
  tooManyPixels: (megapixels: number) => `Ảnh có độ phân giải quá lớn (tối đa ${megapixels} megapixel).`,
  unexpected: "Không lưu được tệp. Vui lòng thử lại sau ít phút.",
} as const;

const quoteList = (names: string[]) =>
  names.slice(0, 5).map((name) => `“${name}”`).join(", ") + (names.length > 5 ? ` và ${names.length - 5} kiểu khác` : "");

export const DOCX_MESSAGES = {
  notDocx: "Tệp không phải tài liệu Word (.docx).",
  unpackedTooLarge: "Tài liệu Word chứa quá nhiều dữ liệu sau khi giải nén, không thể nhận.",
  timeout: "Tài liệu quá phức tạp, không chuyển xong trong thời gian cho phép. Hãy tách thành các tệp nhỏ hơn.",
  unreadable: "Không đọc được tài liệu Word: tệp bị hỏng hoặc được tạo bằng phần mềm không tương thích.",
  tooManyImages: (max: number) => `Tài liệu có hơn ${max} ảnh; chỉ nhập ${max} ảnh đầu tiên.`,
  skippedImages: (count: number) =>
    `Bỏ qua ${count} ảnh không đọc được (chỉ nhận ảnh JPEG, PNG, WebP, GIF; ảnh vẽ EMF/WMF cần chèn lại).`,
  unknownParagraphStyles: (names: string[]) =>
    `Kiểu đoạn của Word ${quoteList(names)} không có trong trình soạn thảo; các đoạn đó được chuyển thành đoạn văn thường.`,
  unknownRunStyles: (names: string[]) => `Kiểu chữ của Word ${quoteList(names)} không có trong trình soạn thảo; đã bỏ các định dạng đó.`,
  tableMerging: "Một bảng có ô gộp không chuẩn; hãy kiểm tra lại bảng sau khi nhập.",
  unsupportedContent: "Một số thành phần trong tệp Word (hộp văn bản, hình vẽ, chú thích…) không chuyển được và đã bị bỏ qua.",
} as const;
