// Items that are not public: drafts, items in review, scheduled, rejected and
// taken down. Tests look them up by slug to prove they never leak.
import type { ItemKind, ItemStatus } from "@/lib/generated/prisma/enums";
import { slugify } from "@/lib/content/slug";
import { DEMO_ACCOUNTS } from "./people";
import type { SectionKey } from "./sections";

export type InternalItemSeed = {
  title: string;
  lead: string;
  status: Exclude<ItemStatus, "PUBLISHED">;
  kind: ItemKind;
  section: SectionKey;
  /** An e-mail or a demo person's name. */
  author: string;
  /** Why it was returned, rejected or taken down. */
  note?: string;
  /** SCHEDULED: publish this many days from now at 07:30 (Vietnam). */
  inDays?: number;
};

const CTV = DEMO_ACCOUNTS.contributor;

const ITEMS: readonly InternalItemSeed[] = [
  { status: "DRAFT", kind: "NEWS", section: "xay-dung-dang", author: "Trần Quốc Việt", title: "Chi bộ Sở Tư pháp thử nghiệm sổ tay đảng viên điện tử", lead: "Chi bộ Sở Tư pháp bước đầu đưa sổ tay đảng viên điện tử vào sinh hoạt chi bộ hằng tháng." },
  { status: "DRAFT", kind: "NEWS", section: "hoat-dong-co-so", author: "Nguyễn Thị Kim Oanh", title: "Đoàn Thanh niên Khối ra mắt câu lạc bộ lý luận trẻ", lead: "Câu lạc bộ lý luận trẻ là sân chơi để đoàn viên trao đổi, tìm hiểu về lý luận chính trị." },
  { status: "DRAFT", kind: "ARTICLE", section: "cong-tac-tuyen-giao", author: CTV, title: "Kinh nghiệm viết tin, bài cho Trang thông tin điện tử từ góc nhìn một cộng tác viên", lead: "Viết tin, bài cho Trang thông tin điện tử cần nhanh, đúng và gần gũi với cán bộ, đảng viên." },
  { status: "DRAFT", kind: "ARTICLE", section: "xay-dung-dang", author: CTV, title: "Ghi chép: một buổi sinh hoạt chi bộ ở cơ quan Ban Tuyên giáo", lead: "Một buổi sinh hoạt chi bộ nền nếp, dân chủ và thẳng thắn." },
  { status: "DRAFT", kind: "ARTICLE", section: "guong-dien-hinh", author: "Nguyễn Thị Mỹ Linh", title: "Những người giữ lửa phong trào văn nghệ ở Sở Văn hóa, Thể thao và Du lịch", lead: "Họ lặng lẽ giữ lửa cho phong trào văn nghệ quần chúng của cơ quan suốt nhiều năm." },
  { status: "DRAFT", kind: "NEWS", section: "theo-guong-bac", author: DEMO_ACCOUNTS.secretary, title: "Tổng hợp ý kiến bạn đọc về chuyên mục Theo gương Bác", lead: "Ban Biên tập tổng hợp ý kiến bạn đọc để nâng cao chất lượng chuyên mục." },
  { status: "SUBMITTED", kind: "NEWS", section: "thong-tin-doi-ngoai", author: "Kiều Thị Hương Giang", title: "Sở Ngoại vụ giới thiệu điểm mới trong công tác lãnh sự", lead: "Cán bộ, công chức được phổ biến những điểm mới trong công tác lãnh sự và bảo hộ công dân." },
  { status: "SUBMITTED", kind: "NEWS", section: "cong-tac-tuyen-van", author: "Thái Thị Yến", title: "Bảo hiểm xã hội tỉnh làm tốt công tác dân vận trong vận động tham gia bảo hiểm tự nguyện", lead: "Công tác dân vận khéo giúp ngày càng nhiều người dân tham gia bảo hiểm xã hội tự nguyện." },
  { status: "SUBMITTED", kind: "ARTICLE", section: "bao-ve-nen-tang-tu-tuong-cua-dang", author: CTV, title: "Cảnh giác với tài khoản mạo danh cơ quan nhà nước trên mạng xã hội", lead: "Tài khoản mạo danh cơ quan nhà nước là công cụ để phát tán thông tin sai lệch, cần được nhận diện sớm." },
  { status: "SUBMITTED", kind: "NEWS", section: "hoat-dong-co-so", author: "Chu Đức Anh", title: "Kho bạc Nhà nước khu vực số hóa hồ sơ kiểm soát chi", lead: "Việc số hóa hồ sơ giúp rút ngắn thời gian kiểm soát chi, thuận lợi cho đơn vị sử dụng ngân sách." },
  { status: "SUBMITTED", kind: "ARTICLE", section: "guong-dien-hinh", author: "Cao Văn Bình", title: "Người cựu chiến binh gần 40 năm tuổi Đảng vẫn say mê đọc sách lý luận", lead: "Tuổi cao nhưng ông vẫn đều đặn đọc sách, ghi chép và chia sẻ với đảng viên trẻ." },
  { status: "RETURNED", kind: "NEWS", section: "hoat-dong-co-so", author: "Bùi Thị Ngọc Hân", note: "Đề nghị bổ sung ảnh và số liệu cụ thể về số người được khám; rút gọn phần mở đầu.", title: "Sở Y tế tổ chức tuần lễ khám sức khỏe cho đảng viên cao tuổi", lead: "Hàng trăm đảng viên cao tuổi được khám, tư vấn sức khỏe miễn phí." },
  { status: "RETURNED", kind: "ARTICLE", section: "xay-dung-dang", author: CTV, note: "Bài viết còn chung chung; đề nghị bổ sung ví dụ thực tế tại đơn vị và trích dẫn văn bản chỉ đạo.", title: "Vai trò của chi bộ trong chuyển đổi số ở cơ quan hành chính", lead: "Chi bộ cần đi đầu trong lãnh đạo chuyển đổi số ở cơ quan hành chính." },
  { status: "FORWARDED", kind: "NEWS", section: "xay-dung-dang", author: "Hồ Sỹ Quang", title: "Đảng bộ Sở Khoa học và Công nghệ sơ kết mô hình “Chi bộ số”", lead: "Sau một năm triển khai, mô hình “Chi bộ số” đã giúp công tác quản lý đảng viên thuận lợi hơn." },
  { status: "FORWARDED", kind: "ARTICLE", section: "thong-tin-doi-ngoai", author: "Lương Minh Đức", title: "Giữ gìn bản sắc văn hóa trong thông tin đối ngoại thời kỳ hội nhập", lead: "Thông tin đối ngoại hiệu quả bắt đầu từ việc giới thiệu đúng và hay bản sắc văn hóa địa phương." },
  { status: "SCHEDULED", kind: "NEWS", section: "cong-tac-tuyen-giao", author: DEMO_ACCOUNTS.secretary, inDays: 1, title: "Đảng ủy khối tổ chức hội nghị báo cáo viên chuyên đề kinh tế số", lead: "Hội nghị cung cấp cho báo cáo viên những thông tin mới về phát triển kinh tế số." },
  { status: "SCHEDULED", kind: "NEWS", section: "theo-guong-bac", author: "Đinh Quang Huy", inDays: 3, title: "Phát động cuộc thi viết về gương điển hình học tập và làm theo Bác", lead: "Cuộc thi nhằm phát hiện, tôn vinh những tấm gương bình dị mà cao quý trong Đảng bộ khối." },
  { status: "REJECTED", kind: "NEWS", section: "hoat-dong-co-so", author: "Đào Thị Thúy", note: "Thông báo nội bộ, không phù hợp đăng trên Trang thông tin điện tử.", title: "Thông báo thay đổi lịch họp giao ban tuần của Văn phòng Đảng ủy khối", lead: "Lịch họp giao ban tuần được điều chỉnh sang chiều thứ Hai." },
  { status: "UNPUBLISHED", kind: "NEWS", section: "hoat-dong-co-so", author: "Tạ Văn Sơn", note: "Gỡ để đính chính danh sách đạt giải theo đề nghị của Ban Tổ chức hội thi.", title: "Kết quả hội thi tin học văn phòng khối các cơ quan tỉnh", lead: "Hội thi thu hút hơn 100 thí sinh đến từ các cơ quan, đơn vị trong khối." },
];

/** The non-public demo items with the slugs the seed gives them. */
export const DEMO_NON_PUBLIC_ITEMS: readonly (InternalItemSeed & { slug: string })[] = ITEMS.map((item) => ({
  ...item,
  slug: slugify(item.title),
}));

const NON_PUBLIC_SLUGS = new Set(DEMO_NON_PUBLIC_ITEMS.map((item) => item.slug));

export const isDemoNonPublicItemSlug = (slug: string) => NON_PUBLIC_SLUGS.has(slug);
