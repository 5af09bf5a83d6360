// Themes written for the two demo campaigns (chuyên trang): the congress
// campaign that runs now and last year's birthday anniversary of Hồ Chí Minh.
import type { Theme } from "./types";

export const daiHoi: Theme = {
  key: "dai-hoi",
  sections: ["xay-dung-dang", "cong-tac-tuyen-giao"],
  pools: {
    spirit: ["dân chủ, đoàn kết, đổi mới", "trí tuệ, đoàn kết, phát triển", "kỷ cương, trách nhiệm, hành động", "đoàn kết, dân chủ, kỷ cương, đổi mới"],
    preparation: [
      "công tác nhân sự",
      "xây dựng dự thảo văn kiện",
      "công tác tuyên truyền",
      "bảo đảm an toàn, tiết kiệm",
      "chuẩn bị đại hội điểm",
      "lấy ý kiến góp ý dự thảo văn kiện",
    ],
    opinion: [
      "cần làm rõ hơn giải pháp phát triển nguồn nhân lực",
      "nhiều ý kiến tâm huyết về chuyển đổi số",
      "tập trung vào công tác cán bộ",
      "kiến nghị đẩy mạnh cải cách hành chính",
      "đề xuất giải pháp nâng cao chất lượng sinh hoạt chi bộ",
    ],
    emulation: [
      "phong trào thi đua",
      "các công trình, phần việc thanh niên",
      "hội thi tìm hiểu lịch sử Đảng bộ",
      "hoạt động văn hóa, văn nghệ",
      "ngày hội đọc sách",
    ],
  },
  titles: [
    { kind: "NEWS", text: "Đại hội {unit}: {spirit}" },
    { kind: "NEWS", text: "{unit} tập trung {preparation} cho Đại hội" },
    { kind: "ARTICLE", text: "Góp ý dự thảo văn kiện Đại hội tại {unit}: {opinion}" },
    { kind: "NEWS", text: "Sôi nổi {emulation} chào mừng Đại hội tại {unit}" },
  ],
  leads: [
    "Đại hội đã đánh giá kết quả thực hiện nghị quyết nhiệm kỳ qua, xác định phương hướng, mục tiêu cho nhiệm kỳ mới với tinh thần {spirit}.",
    "Hướng tới Đại hội Đảng bộ các cấp, {unit} tập trung {preparation}, bảo đảm đúng tiến độ và hướng dẫn của cấp trên.",
    "Cán bộ, đảng viên {unit} đóng góp nhiều ý kiến tâm huyết vào dự thảo văn kiện Đại hội; trong đó {opinion}.",
  ],
  headings: ["Chuẩn bị chu đáo, đúng quy định", "Phát huy dân chủ, trí tuệ tập thể", "Không khí thi đua sôi nổi"],
  sentences: [
    "Công tác chuẩn bị Đại hội được cấp ủy lãnh đạo chặt chẽ, bảo đảm đúng Chỉ thị của Bộ Chính trị và hướng dẫn của cấp trên.",
    "Dự thảo văn kiện được gửi xin ý kiến rộng rãi cán bộ, đảng viên và quần chúng trong cơ quan.",
    "Đại hội đã bầu Ban Chấp hành nhiệm kỳ mới gồm những đồng chí tiêu biểu về phẩm chất, năng lực.",
    "Không khí thi đua chào mừng Đại hội diễn ra sôi nổi với nhiều công trình, phần việc cụ thể.",
    "Tin, bài tuyên truyền về Đại hội được đăng tải thường xuyên trên chuyên trang của Trang thông tin điện tử Đảng bộ khối.",
    "{unit} được chọn tổ chức đại hội điểm để rút kinh nghiệm chung cho các tổ chức cơ sở đảng.",
  ],
  bullets: [
    "Đánh giá đúng kết quả nhiệm kỳ qua, chỉ rõ hạn chế và nguyên nhân",
    "Xác định mục tiêu, nhiệm vụ, giải pháp đột phá cho nhiệm kỳ mới",
    "Chuẩn bị nhân sự cấp ủy bảo đảm tiêu chuẩn, cơ cấu",
    "Tổ chức đại hội an toàn, tiết kiệm, đúng quy định",
  ],
  captions: ["Quang cảnh Đại hội {unit}", "Đại biểu biểu quyết thông qua nghị quyết Đại hội", "Ban Chấp hành nhiệm kỳ mới ra mắt Đại hội"],
  tags: ["daiHoiDang", "sinhHoatChiBo"],
  images: ["hoi-truong-do", "co-do-binh-minh", "hoi-truong-xanh"],
};

export const sinhNhatBac: Theme = {
  key: "sinh-nhat-bac",
  sections: ["theo-guong-bac", "hoat-dong-co-so"],
  pools: {
    tribute: [
      "dâng hương tưởng niệm Chủ tịch Hồ Chí Minh",
      "tổ chức hành trình về quê Bác",
      "tổ chức hội thi kể chuyện về Bác",
      "trồng cây nhớ ơn Bác",
      "tọa đàm “Bác Hồ với ngành”",
      "triển lãm ảnh về cuộc đời, sự nghiệp của Bác",
      "ra mắt tủ sách Hồ Chí Minh",
      "phát động đợt thi đua đặc biệt",
    ],
    virtue: ["tinh thần tự học", "lối sống giản dị", "thực hành tiết kiệm", "tác phong gần dân", "tinh thần phục vụ Nhân dân"],
    role: ["đoàn viên thanh niên", "cựu chiến binh", "đảng viên trẻ", "cán bộ nữ", "báo cáo viên"],
  },
  titles: [
    { kind: "NEWS", text: "{unit} {tribute} nhân kỷ niệm Ngày sinh của Người" },
    { kind: "NEWS", text: "Tháng Năm nhớ Bác: {unit} {tribute}" },
    { kind: "ARTICLE", text: "{role} ôn lời Bác dạy về {virtue}" },
    { kind: "PHOTO_STORY", text: "Phóng sự ảnh: {unit} {tribute}" },
  ],
  leads: [
    "Nhân dịp kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh (19/5), {unit} đã {tribute} với nhiều nội dung ý nghĩa.",
    "Tháng Năm, mỗi {role} lại ôn lại lời Bác dạy, tự nhắc mình rèn luyện {virtue}.",
  ],
  headings: ["Tháng Năm nhớ Bác", "Học Bác từ những điều giản dị"],
  sentences: [
    "Trong không khí trang nghiêm, cán bộ, đảng viên đã ôn lại cuộc đời, sự nghiệp cách mạng vĩ đại của Chủ tịch Hồ Chí Minh.",
    "Hoạt động là dịp để mỗi cán bộ, đảng viên tự soi, tự sửa, học tập và làm theo Bác bằng những việc làm cụ thể.",
    "Nhiều {role} chia sẻ những câu chuyện cảm động về {virtue} của Bác.",
    "Các tập thể, cá nhân tiêu biểu trong học tập và làm theo Bác được biểu dương, khen thưởng.",
  ],
  bullets: [
    "Dâng hương, dâng hoa tưởng niệm Chủ tịch Hồ Chí Minh",
    "Ôn lại cuộc đời và sự nghiệp cách mạng của Người",
    "Biểu dương các điển hình học tập và làm theo Bác",
    "Phát động thi đua lập thành tích chào mừng ngày sinh của Bác",
  ],
  captions: ["Cán bộ, đảng viên {unit} dâng hương tưởng niệm Chủ tịch Hồ Chí Minh", "Hoạt động {tribute}"],
  tags: ["hocTapLamTheoBac", "lichSuDang"],
  images: ["dam-sen", "co-do-binh-minh", "lang-que"],
};
