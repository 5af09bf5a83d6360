// Directive documents (văn bản). The first group is quoted in shared/seeds:
// numbers, dates, issuing bodies and summaries as written there. The second
// group is the bloc committee's own paperwork, dated relative to the seed's
// clock ("last"/"this" year, or days ago) so the demo always looks current.
import type { DocumentType } from "@/lib/generated/prisma/enums";

export type DocumentDate =
  | { fixed: string } // "2019-02-28"
  | { year: "last" | "this"; month: number; day: number }
  | { daysAgo: number };

export type DocumentSeed = {
  numberSymbol: string;
  type: DocumentType;
  issuingBody: string;
  /** The two header lines above the number, as printed top left. */
  header: [string, string];
  /** State bodies print the national motto; Party bodies "ĐẢNG CỘNG SẢN VIỆT NAM". */
  isState?: boolean;
  issued: DocumentDate;
  hasEffectiveDate?: boolean;
  /** Trích yếu; "{lastYear}", "{thisYear}", "{nextYear}", "{hcmYears}" are filled in. */
  summary: string;
  signerName?: string;
  signerTitle: string[];
  /** Paragraphs of the generated PDF; a type's defaults otherwise. */
  paragraphs?: string[];
  isDraft?: boolean;
};

const BLOC: [string, string] = ["ĐẢNG BỘ TỈNH", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"];
const PROVINCE: [string, string] = ["ĐẢNG BỘ TỈNH", "TỈNH ỦY"];
const PROPAGANDA: [string, string] = ["TỈNH ỦY", "BAN TUYÊN GIÁO"];
const CENTRAL: [string, string] = ["BAN CHẤP HÀNH TRUNG ƯƠNG", ""];
const BLOC_PROPAGANDA: [string, string] = ["ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "BAN TUYÊN GIÁO"];
const INFORMATION: [string, string] = ["UBND TỈNH", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"];

const FOR_STANDING = ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC"];

export const DOCUMENTS: readonly DocumentSeed[] = [
  {
    numberSymbol: "91-KH/ĐUK",
    type: "PLAN",
    issuingBody: "Ban Thường vụ Đảng ủy khối",
    header: BLOC,
    issued: { fixed: "2019-02-28" },
    hasEffectiveDate: true,
    summary: "Kế hoạch hoạt động Trang thông tin điện tử Đảng bộ khối năm 2019",
    signerName: "Đỗ Xuân Phong",
    signerTitle: ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "KIÊM TRƯỞNG BAN BIÊN TẬP"],
    paragraphs: [
      "Thực hiện chương trình công tác năm 2019, để nâng cao chất lượng, hiệu quả hoạt động của Trang thông tin điện tử, Ban Thường vụ (Ban Biên tập Trang thông tin điện tử) Đảng bộ khối xây dựng kế hoạch hoạt động năm 2019 với những nội dung sau:",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "Thông qua Trang thông tin điện tử của Đảng bộ khối tuyên truyền sâu rộng các quan điểm, chủ trương, đường lối, chỉ thị, nghị quyết của Đảng và Nhà nước; nội dung cơ bản của tư tưởng, đạo đức, phong cách Hồ Chí Minh đến các cấp ủy đảng, cán bộ, đảng viên, công chức, viên chức, người lao động.",
      "II. CÁCH THỨC THỰC HIỆN",
      "Thường trực Đảng ủy khối: Viết 01 bài chuyên sâu về công tác xây dựng Đảng. Trưởng ban và Trưởng các đoàn thể: Viết ít nhất 02 bài/năm. Phó Trưởng ban và Phó các đoàn thể: Viết ít nhất 01 bài và 02 tin/năm. Cán bộ, chuyên viên: Tham gia viết bài và viết ít nhất 05 tin/năm.",
      "Mỗi cấp ủy cơ sở trong 01 năm viết ít nhất 01 tin hoặc bài phản ánh kết quả thực hiện nhiệm vụ chính trị, công tác xây dựng Đảng của cơ quan, đơn vị.",
      "III. TỔ CHỨC THỰC HIỆN",
      "Ban Thường vụ Đảng ủy khối sẽ đưa nội dung tham gia viết tin, bài trên Trang thông tin điện tử Đảng bộ khối làm một trong những tiêu chí đánh giá, xếp loại tổ chức đảng, đảng viên hằng năm./.",
    ],
  },
  {
    numberSymbol: "17-ĐA/TU",
    type: "SCHEME",
    issuingBody: "Tỉnh ủy",
    header: PROVINCE,
    issued: { fixed: "2020-12-11" },
    hasEffectiveDate: true,
    summary: "Đề án nâng cao hiệu quả công tác chính trị tư tưởng, tuyên truyền vận động giai đoạn 2020 - 2025",
    signerTitle: ["T/M TỈNH ỦY", "BÍ THƯ"],
  },
  {
    numberSymbol: "72-KH/BTGTU",
    type: "PLAN",
    issuingBody: "Ban Tuyên giáo Tỉnh ủy",
    header: PROPAGANDA,
    issued: { fixed: "2021-12-31" },
    hasEffectiveDate: true,
    summary: "Kế hoạch thực hiện Đề án số 17-ĐA/TU ngày 11/12/2020 của Tỉnh ủy về nâng cao hiệu quả công tác chính trị tư tưởng, tuyên truyền vận động năm 2022",
    signerTitle: ["TRƯỞNG BAN"],
  },
  {
    numberSymbol: "46/KH-STTTT",
    type: "PLAN",
    issuingBody: "Sở Thông tin và Truyền thông",
    header: INFORMATION,
    isState: true,
    issued: { fixed: "2020-09-10" },
    hasEffectiveDate: true,
    summary:
      "Kế hoạch tuyên truyền Đại hội Đảng bộ các cấp, Đại hội Đảng bộ tỉnh lần thứ XII và Đại hội đại biểu toàn quốc lần thứ XIII của Đảng trên các phương tiện thông tin đại chúng (Đợt 03 – từ 01/9/2020 đến 31/10/2020)",
    signerTitle: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
  },
  {
    numberSymbol: "85-BC/BTGTU",
    type: "REPORT",
    issuingBody: "Ban Tuyên giáo Tỉnh ủy",
    header: PROPAGANDA,
    issued: { fixed: "2021-08-18" },
    summary:
      "Báo cáo kết quả triển khai, thực hiện Kế hoạch số 81-KH/TU, ngày 05-7-2017 của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 07-CT/TW của Ban Bí thư “về đẩy mạnh công tác thông tin cơ sở trong tình hình mới”",
    signerTitle: ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"],
  },
  {
    numberSymbol: "07-CT/TW",
    type: "DIRECTIVE",
    issuingBody: "Ban Bí thư",
    header: CENTRAL,
    issued: { fixed: "2016-09-05" },
    hasEffectiveDate: true,
    summary: "Chỉ thị của Ban Bí thư về đẩy mạnh công tác thông tin cơ sở trong tình hình mới",
    signerTitle: ["T/M BAN BÍ THƯ"],
  },
  {
    numberSymbol: "35-NQ/TW",
    type: "RESOLUTION",
    issuingBody: "Bộ Chính trị",
    header: CENTRAL,
    issued: { fixed: "2018-10-22" },
    hasEffectiveDate: true,
    summary:
      "Nghị quyết của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới",
    signerTitle: ["T/M BỘ CHÍNH TRỊ"],
  },
  {
    numberSymbol: "05-CT/TW",
    type: "DIRECTIVE",
    issuingBody: "Bộ Chính trị",
    header: CENTRAL,
    issued: { fixed: "2016-05-15" },
    hasEffectiveDate: true,
    summary: "Chỉ thị của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    signerTitle: ["T/M BỘ CHÍNH TRỊ"],
  },
  {
    numberSymbol: "03-KH/TW",
    type: "PLAN",
    issuingBody: "Ban Bí thư",
    header: CENTRAL,
    issued: { fixed: "2016-07-25" },
    hasEffectiveDate: true,
    summary:
      "Kế hoạch thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị “Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”",
    signerTitle: ["T/M BAN BÍ THƯ"],
  },
  {
    numberSymbol: "134-KH/TU",
    type: "PLAN",
    issuingBody: "Ban Thường vụ Tỉnh ủy",
    header: PROVINCE,
    issued: { fixed: "2019-08-20" },
    hasEffectiveDate: true,
    summary:
      "Kế hoạch tuyên truyền Đại hội Đảng bộ các cấp, Đại hội Đảng bộ tỉnh lần thứ XII và Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
    signerTitle: ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"],
  },
  {
    numberSymbol: "90-HD/BTGTU",
    type: "GUIDANCE",
    issuingBody: "Ban Tuyên giáo Tỉnh ủy",
    header: PROPAGANDA,
    issued: { fixed: "2020-08-28" },
    hasEffectiveDate: true,
    summary:
      "Hướng dẫn tuyên truyền Đại hội Đảng bộ các cấp, Đại hội Đảng bộ tỉnh lần thứ XII và Đại hội đại biểu toàn quốc lần thứ XIII của Đảng (Đợt 03, từ 01/9/2020 đến 30/10/2020)",
    signerTitle: ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"],
  },
  {
    numberSymbol: "81-KH/TU",
    type: "PLAN",
    issuingBody: "Ban Thường vụ Tỉnh ủy",
    header: PROVINCE,
    issued: { fixed: "2017-07-05" },
    hasEffectiveDate: true,
    summary: "Kế hoạch thực hiện Chỉ thị số 07-CT/TW của Ban Bí thư “về đẩy mạnh công tác thông tin cơ sở trong tình hình mới”",
    signerTitle: ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"],
  },
  {
    numberSymbol: "31-HD/BTGTW",
    type: "GUIDANCE",
    issuingBody: "Ban Tuyên giáo Trung ương",
    header: ["BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TUYÊN GIÁO"],
    issued: { fixed: "2017-04-20" },
    hasEffectiveDate: true,
    summary: "Hướng dẫn về đẩy mạnh công tác thông tin cơ sở trong tình hình mới",
    signerTitle: ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"],
  },
  {
    numberSymbol: "2466-QĐ/TU",
    type: "DECISION",
    issuingBody: "Ban Thường vụ Tỉnh ủy",
    header: PROVINCE,
    issued: { fixed: "2020-10-07" },
    hasEffectiveDate: true,
    summary: "Quyết định về thành lập Cổng thông tin điện tử Đảng bộ tỉnh trên mạng internet",
    signerTitle: ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"],
  },
  {
    numberSymbol: "899/STTTT-TTBCBC",
    type: "OFFICIAL_LETTER",
    issuingBody: "Sở Thông tin và Truyền thông",
    header: INFORMATION,
    isState: true,
    issued: { fixed: "2021-08-10" },
    summary:
      "V/v báo cáo kết quả thực hiện Quyết định số 52/2016/QĐ-TTg ngày 06/12/2016 của Thủ tướng Chính phủ ban hành Quy chế hoạt động thông tin cơ sở",
    signerTitle: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
  },
  {
    numberSymbol: "21-KL/TW",
    type: "CONCLUSION",
    issuingBody: "Ban Chấp hành Trung ương",
    header: CENTRAL,
    issued: { fixed: "2021-10-25" },
    hasEffectiveDate: true,
    summary:
      "Kết luận Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, biểu hiện “tự diễn biến”, “tự chuyển hóa”",
    signerTitle: ["T/M BAN CHẤP HÀNH TRUNG ƯƠNG"],
  },
  // ── the bloc committee's own documents, dated relative to today ──
  {
    numberSymbol: "15-NQ/ĐUK",
    type: "RESOLUTION",
    issuingBody: "Ban Chấp hành Đảng bộ khối",
    header: BLOC,
    issued: { year: "last", month: 1, day: 8 },
    hasEffectiveDate: true,
    summary: "Nghị quyết về lãnh đạo thực hiện nhiệm vụ chính trị và công tác xây dựng Đảng năm {lastYear}",
    signerName: "Lê Quang Minh",
    signerTitle: ["T/M ĐẢNG ỦY", "BÍ THƯ"],
  },
  {
    numberSymbol: "1052-QĐ/ĐUK",
    type: "DECISION",
    issuingBody: "Ban Thường vụ Đảng ủy khối",
    header: BLOC,
    issued: { year: "last", month: 1, day: 15 },
    hasEffectiveDate: true,
    summary: "Quyết định kiện toàn Ban Biên tập Trang thông tin điện tử Đảng bộ khối",
    signerName: "Lê Quang Minh",
    signerTitle: ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"],
  },
  {
    numberSymbol: "112-KH/ĐUK",
    type: "PLAN",
    issuingBody: "Ban Thường vụ Đảng ủy khối",
    header: BLOC,
    issued: { year: "last", month: 2, day: 20 },
    hasEffectiveDate: true,
    summary: "Kế hoạch hoạt động Trang thông tin điện tử Đảng bộ khối năm {lastYear}",
    signerName: "Trần Văn Hùng",
    signerTitle: [...FOR_STANDING, "KIÊM TRƯỞNG BAN BIÊN TẬP"],
  },
  {
    numberSymbol: "08-HD/BTGĐUK",
    type: "GUIDANCE",
    issuingBody: "Ban Tuyên giáo Đảng ủy khối",
    header: BLOC_PROPAGANDA,
    issued: { year: "last", month: 3, day: 5 },
    hasEffectiveDate: true,
    summary: "Hướng dẫn viết tin, bài tham gia Trang thông tin điện tử Đảng bộ khối năm {lastYear}",
    signerName: "Đặng Thị Minh Nguyệt",
    signerTitle: ["TRƯỞNG BAN"],
  },
  {
    numberSymbol: "21-HD/ĐUK",
    type: "GUIDANCE",
    issuingBody: "Ban Thường vụ Đảng ủy khối",
    header: BLOC,
    issued: { year: "last", month: 4, day: 10 },
    hasEffectiveDate: true,
    summary:
      "Hướng dẫn sinh hoạt chi bộ chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm {lastYear}",
    signerName: "Trần Văn Hùng",
    signerTitle: FOR_STANDING,
  },
  {
    numberSymbol: "120-KH/ĐUK",
    type: "PLAN",
    issuingBody: "Ban Thường vụ Đảng ủy khối",
    header: BLOC,
    issued: { year: "last", month: 4, day: 20 },
    hasEffectiveDate: true,
    summary: "Kế hoạch tổ chức các hoạt động kỷ niệm {hcmYears} năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/{lastYear})",
    signerName: "Trần Văn Hùng",
    signerTitle: FOR_STANDING,
  },
  {
    numberSymbol: "245-CV/ĐUK",
    type: "OFFICIAL_LETTER",
    issuingBody: "Ban Thường vụ Đảng ủy khối",
    header: BLOC,
    issued: { year: "last", month: 6, day: 12 },
    summary: "V/v đôn đốc gửi tin, bài tham gia Trang thông tin điện tử Đảng bộ khối 6 tháng đầu năm {lastYear}",
    signerName: "Trần Văn Hùng",
    signerTitle: FOR_STANDING,
  },
  {
    numberSymbol: "198-BC/ĐUK",
    type: "REPORT",
    issuingBody: "Ban Thường vụ Đảng ủy khối",
    header: BLOC,
    issued: { year: "last", month: 12, day: 15 },
    summary: "Báo cáo kết quả hoạt động Trang thông tin điện tử Đảng bộ khối năm {lastYear}",
    signerName: "Trần Văn Hùng",
    signerTitle: FOR_STANDING,
  },
  {
    numberSymbol: "42-KL/ĐUK",
    type: "CONCLUSION",
    issuingBody: "Ban Thường vụ Đảng ủy khối",
    header: BLOC,
    issued: { year: "this", month: 1, day: 20 },
    summary: "Kết luận về kết quả thực hiện chỉ tiêu viết tin, bài trên Trang thông tin điện tử Đảng bộ khối năm {lastYear}",
    signerName: "Lê Quang Minh",
    signerTitle: ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"],
  },
  {
    numberSymbol: "135-KH/ĐUK",
    type: "PLAN",
    issuingBody: "Ban Thường vụ Đảng ủy khối",
    header: BLOC,
    issued: { year: "this", month: 2, day: 18 },
    hasEffectiveDate: true,
    summary: "Kế hoạch hoạt động Trang thông tin điện tử Đảng bộ khối năm {thisYear}",
    signerName: "Trần Văn Hùng",
    signerTitle: [...FOR_STANDING, "KIÊM TRƯỞNG BAN BIÊN TẬP"],
  },
  {
    numberSymbol: "27-KH/BTGĐUK",
    type: "PLAN",
    issuingBody: "Ban Tuyên giáo Đảng ủy khối",
    header: BLOC_PROPAGANDA,
    issued: { daysAgo: 50 },
    hasEffectiveDate: true,
    summary: "Kế hoạch tuyên truyền Đại hội Đảng bộ các cấp trên Trang thông tin điện tử Đảng bộ khối",
    signerName: "Đặng Thị Minh Nguyệt",
    signerTitle: ["TRƯỞNG BAN"],
  },
  // ── drafts: never public ──
  {
    numberSymbol: "-KH/ĐUK",
    type: "PLAN",
    issuingBody: "Ban Thường vụ Đảng ủy khối",
    header: BLOC,
    issued: { daysAgo: 3 },
    summary: "Kế hoạch hoạt động Trang thông tin điện tử Đảng bộ khối năm {nextYear} (dự thảo)",
    signerTitle: FOR_STANDING,
    isDraft: true,
  },
  {
    numberSymbol: "-HD/BTGĐUK",
    type: "GUIDANCE",
    issuingBody: "Ban Tuyên giáo Đảng ủy khối",
    header: BLOC_PROPAGANDA,
    issued: { daysAgo: 10 },
    summary: "Hướng dẫn chấm điểm, xếp loại tin, bài và chi trả nhuận bút trên Trang thông tin điện tử Đảng bộ khối (dự thảo)",
    signerTitle: ["TRƯỞNG BAN"],
    isDraft: true,
  },
];

/** Numbers of the demo's unpublished draft documents (never public). */
export const DEMO_DRAFT_DOCUMENT_NUMBERS: readonly string[] = DOCUMENTS.filter((document) => document.isDraft).map(
  (document) => document.numberSymbol,
);
