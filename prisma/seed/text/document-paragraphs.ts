// Body paragraphs for the generated PDFs of documents the seeds only name.
// They are illustrations, and the PDF footer says so.
import type { DocumentType } from "@/lib/generated/prisma/enums";

const lowerFirst = (value: string) => value.charAt(0).toLocaleLowerCase("vi") + value.slice(1);

export function defaultParagraphs(type: DocumentType, summary: string, issuingBody: string): string[] {
  const subject = lowerFirst(summary);
  switch (type) {
    case "REPORT":
      return [
        `Thực hiện yêu cầu của cấp trên, ${issuingBody} báo cáo ${subject.replace(/^báo cáo /, "")} như sau:`,
        "I. KẾT QUẢ THỰC HIỆN",
        "Công tác lãnh đạo, chỉ đạo được triển khai kịp thời, đồng bộ; các cấp ủy, tổ chức đảng đã cụ thể hóa bằng kế hoạch, chương trình hành động phù hợp với thực tiễn của cơ quan, đơn vị.",
        "Thông tin, tuyên truyền được đẩy mạnh với nhiều hình thức phong phú; số lượng tin, bài đăng tải tăng so với cùng kỳ; nhiều mô hình, cách làm hay được giới thiệu, nhân rộng.",
        "II. HẠN CHẾ VÀ NGUYÊN NHÂN",
        "Một số cấp ủy cơ sở chưa thực sự quan tâm, việc tham gia viết tin, bài còn ít, chưa đều; chất lượng một số tin, bài chưa cao.",
        "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
        "Tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin, tuyên truyền; tăng cường kiểm tra, đôn đốc; kịp thời biểu dương các tập thể, cá nhân có thành tích./.",
      ];
    case "OFFICIAL_LETTER":
      return [
        `Kính gửi: Các cấp ủy cơ sở, các ban và đoàn thể trực thuộc.`,
        `${issuingBody} đề nghị các cơ quan, đơn vị quan tâm chỉ đạo, triển khai thực hiện nội dung: ${subject.replace(/^v\/v /, "")}.`,
        "Kết quả thực hiện gửi về Ban Tuyên giáo (bộ phận Thư ký Ban Biên tập Trang thông tin điện tử) đúng thời gian quy định để tổng hợp, báo cáo.",
        "Đề nghị các cơ quan, đơn vị quan tâm thực hiện./.",
      ];
    case "DECISION":
      return [
        `${issuingBody} căn cứ Điều lệ Đảng, Quy chế làm việc và xét đề nghị của cơ quan tham mưu,`,
        "QUYẾT ĐỊNH",
        `Điều 1. Ban hành nội dung: ${subject.replace(/^quyết định /, "")}.`,
        "Điều 2. Quyết định có hiệu lực kể từ ngày ký.",
        "Điều 3. Các cơ quan, tổ chức và cá nhân có liên quan căn cứ Quyết định thi hành./.",
      ];
    default:
      return [
        `Căn cứ chương trình công tác và yêu cầu nhiệm vụ, ${issuingBody} ban hành văn bản về ${subject} với những nội dung chủ yếu sau:`,
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Quán triệt, triển khai thực hiện nghiêm túc, hiệu quả các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước; tạo sự thống nhất cao về nhận thức và hành động trong cán bộ, đảng viên.",
        "Việc triển khai phải bảo đảm thiết thực, sát với thực tiễn, tránh hình thức; gắn với thực hiện nhiệm vụ chính trị của từng cơ quan, đơn vị.",
        "II. NỘI DUNG VÀ GIẢI PHÁP",
        "Đổi mới nội dung, phương thức thông tin, tuyên truyền; phát huy vai trò của đội ngũ báo cáo viên, cộng tác viên; tăng cường ứng dụng công nghệ thông tin, chuyển đổi số.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các cấp ủy, tổ chức đảng, cơ quan, đơn vị căn cứ văn bản này xây dựng kế hoạch cụ thể, tổ chức thực hiện và định kỳ báo cáo kết quả về cơ quan thường trực./.",
      ];
  }
}
