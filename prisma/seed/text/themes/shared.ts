// Text every theme draws on: the units named in titles, closing sentences,
// quotations for the blockquote, sources and pen names.
import { UNITS } from "../units";

/** Grassroots party committees: the default {unit} of a theme. */
export const PARTY_UNIT_POOL: readonly string[] = UNITS.filter((unit) => unit.kind === "GRASSROOTS").map((unit) => unit.name);

/** Party committees and mass organisations, for themes about both. */
export const ORGANISATION_POOL: readonly string[] = [
  ...PARTY_UNIT_POOL,
  ...UNITS.filter((unit) => unit.kind === "MASS_ORGANISATION").map((unit) => unit.name),
];

export const CLOSING_SENTENCES: readonly string[] = [
  "Qua đó góp phần nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức đảng và hiệu quả thực hiện nhiệm vụ chính trị của cơ quan, đơn vị.",
  "Kết quả này tạo động lực để cán bộ, đảng viên tiếp tục phấn đấu hoàn thành tốt nhiệm vụ được giao.",
  "Thời gian tới, cấp ủy tiếp tục chỉ đạo duy trì nền nếp, khắc phục những hạn chế đã được chỉ ra, bảo đảm thực chất, hiệu quả.",
  "Nhiều ý kiến tâm huyết, sát thực tiễn đã được ghi nhận để cấp ủy nghiên cứu, tiếp thu trong quá trình lãnh đạo, chỉ đạo.",
  "Đây là việc làm thiết thực, góp phần củng cố niềm tin của cán bộ, đảng viên và Nhân dân đối với Đảng.",
  "Cán bộ, đảng viên thống nhất cao về nhận thức và hành động, quyết tâm thực hiện thắng lợi nhiệm vụ chính trị năm nay.",
  "Các ý kiến phát biểu đều thẳng thắn, cụ thể, gắn với thực tiễn công tác của từng đơn vị.",
  "Cấp ủy giao các chi bộ trực thuộc cụ thể hóa nội dung thành kế hoạch hành động, có lộ trình và phân công rõ người, rõ việc.",
  "Tin, bài, hình ảnh về hoạt động được đăng tải kịp thời trên Trang thông tin điện tử Đảng bộ khối và các nhóm thông tin nội bộ.",
  "Việc làm tuy nhỏ nhưng có ý nghĩa, lan tỏa tinh thần trách nhiệm và sự sẻ chia trong mỗi cơ quan, đơn vị.",
];

export const BULLET_INTROS: readonly string[] = [
  "Trong thời gian tới, {unit} tập trung thực hiện một số nhiệm vụ trọng tâm:",
  "Để nâng cao hiệu quả, cấp ủy thống nhất các giải pháp chủ yếu sau:",
  "Một số kết quả nổi bật được ghi nhận:",
  "Hội nghị thống nhất một số nội dung cần triển khai ngay:",
];

/** Sayings of President Hồ Chí Minh that every Party member knows by heart. */
export const HO_CHI_MINH_QUOTES: readonly string[] = [
  "Cán bộ là cái gốc của mọi công việc. Công việc thành công hoặc thất bại đều do cán bộ tốt hoặc kém.",
  "Vì lợi ích mười năm thì phải trồng cây, vì lợi ích trăm năm thì phải trồng người.",
  "Dễ mười lần không dân cũng chịu, khó trăm lần dân liệu cũng xong.",
  "Muốn xây dựng chủ nghĩa xã hội, trước hết cần có những con người xã hội chủ nghĩa.",
  "Một tấm gương sống còn có giá trị hơn một trăm bài diễn văn tuyên truyền.",
  "Đoàn kết, đoàn kết, đại đoàn kết. Thành công, thành công, đại thành công.",
  "Đảng ta là một đảng cầm quyền. Mỗi đảng viên và cán bộ phải thật sự thấm nhuần đạo đức cách mạng, thật sự cần kiệm liêm chính, chí công vô tư.",
  "Không có việc gì khó, chỉ sợ lòng không bền. Đào núi và lấp biển, quyết chí ắt làm nên.",
];

/** Lines of the bloc committee's own plan 91-KH/ĐUK (seed 000). */
export const PLAN_QUOTES: readonly string[] = [
  "Tạo diễn đàn thiết thực, hiệu quả, gắn kết mối quan hệ công tác giữa Đảng ủy khối với cấp ủy cơ sở, giữa các tổ chức cơ sở, đoàn thể với nhau trong công tác.",
  "Biểu dương những tập thể, cá nhân điển hình trong học tập và làm theo Bác, chú trọng tuyên truyền những điển hình trong xây dựng, hoàn thiện và thực hiện chuẩn mực đạo đức công vụ, đạo đức nghề nghiệp.",
  "Tăng cường các hoạt động thông tin, tuyên truyền, chủ động trong việc định hướng dư luận xã hội.",
];

export const QUOTE_SOURCES = {
  hoChiMinh: "Chủ tịch Hồ Chí Minh",
  plan: "Kế hoạch số 91-KH/ĐUK của Ban Thường vụ Đảng ủy khối",
} as const;

export const SOURCES: readonly string[] = [
  "Ban Tuyên giáo Tỉnh ủy",
  "Tạp chí Cộng sản",
  "Báo Nhân Dân",
  "Báo điện tử Đảng Cộng sản Việt Nam",
  "Tạp chí Tuyên giáo",
  "Cổng thông tin điện tử tỉnh",
];
