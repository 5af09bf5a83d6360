// Chuyên mục, in display order. Names and cadences come from the plans in
// shared/seeds (the weekly/daily frequencies of seed 001); the last three are
// the bloc committee's own. `monthlyItems` is how many demo items a month.
import type { Cadence } from "@/lib/generated/prisma/enums";

export type SectionKey =
  | "cong-tac-tuyen-giao"
  | "thong-tin-doi-ngoai"
  | "cong-tac-tuyen-van"
  | "theo-guong-bac"
  | "bao-ve-nen-tang-tu-tuong-cua-dang"
  | "xay-dung-dang"
  | "hoat-dong-co-so"
  | "guong-dien-hinh";

export type SectionSeed = {
  key: SectionKey;
  name: string;
  description: string;
  cadence: Cadence;
  cadenceTarget: number;
  monthlyItems: number;
};

export const SECTIONS: readonly SectionSeed[] = [
  {
    key: "cong-tac-tuyen-giao",
    name: "Công tác Tuyên giáo",
    description:
      "Văn bản chỉ đạo, hướng dẫn công tác tuyên giáo; hoạt động báo cáo viên, tuyên truyền miệng; kinh nghiệm, cách làm hay của các cấp ủy cơ sở.",
    cadence: "WEEKLY",
    cadenceTarget: 1,
    monthlyItems: 3,
  },
  {
    key: "thong-tin-doi-ngoai",
    name: "Thông tin đối ngoại",
    description:
      "Chỉ đạo, triển khai công tác thông tin đối ngoại; quảng bá hình ảnh địa phương; chủ quyền biển, đảo và hội nhập quốc tế.",
    cadence: "WEEKLY",
    cadenceTarget: 1,
    monthlyItems: 2,
  },
  {
    key: "cong-tac-tuyen-van",
    name: "Công tác Tuyên vận",
    description:
      "Hội nghị tuyên vận, công tác dân vận của các cơ quan; mô hình “Dân vận khéo”; tập hợp, vận động cán bộ, đoàn viên, hội viên.",
    cadence: "DAILY",
    cadenceTarget: 1,
    monthlyItems: 4,
  },
  {
    key: "theo-guong-bac",
    name: "Theo gương Bác",
    description:
      "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh: văn bản chỉ đạo, mô hình hay, gương tập thể, cá nhân tiêu biểu.",
    cadence: "DAILY",
    cadenceTarget: 1,
    monthlyItems: 5,
  },
  {
    key: "bao-ve-nen-tang-tu-tuong-cua-dang",
    name: "Bảo vệ nền tảng tư tưởng của Đảng",
    description:
      "Bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch, nhất là trên không gian mạng.",
    cadence: "DAILY",
    cadenceTarget: 1,
    monthlyItems: 5,
  },
  {
    key: "xay-dung-dang",
    name: "Xây dựng Đảng",
    description:
      "Công tác xây dựng, chỉnh đốn Đảng; tổ chức, cán bộ, đảng viên; kiểm tra, giám sát; nâng cao chất lượng sinh hoạt chi bộ.",
    cadence: "WEEKLY",
    cadenceTarget: 2,
    monthlyItems: 3,
  },
  {
    key: "hoat-dong-co-so",
    name: "Hoạt động cơ sở",
    description:
      "Tin tức, hoạt động của các tổ chức cơ sở đảng, công đoàn, đoàn thanh niên, hội cựu chiến binh trong Đảng bộ khối.",
    cadence: "WEEKLY",
    cadenceTarget: 2,
    monthlyItems: 3,
  },
  {
    key: "guong-dien-hinh",
    name: "Gương điển hình",
    description:
      "Những tấm gương tập thể, cá nhân điển hình tiên tiến, người tốt, việc tốt trong các cơ quan, đơn vị thuộc khối.",
    cadence: "MONTHLY",
    cadenceTarget: 2,
    monthlyItems: 2,
  },
];
