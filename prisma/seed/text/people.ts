// Demo people. The five demo accounts have fixed e-mails; everyone else gets
// "<ascii.name>@demo.local". All of them sign in with DEMO_PASSWORD (the
// README and the launcher list it; the password policy's one exception,
// set here directly, never through a form).
// `activity` weighs how often someone writes; `isIdleThisYear` people write
// nothing this year, so the quota report shows some unfinished targets;
// `promotedFrom` people changed position this year (position history).
import type { Position, Role } from "@/lib/generated/prisma/enums";
import { slugify } from "@/lib/content/slug";

export type PersonSeed = {
  name: string;
  /** Chức danh: documentation for whoever reads the demo, not stored. */
  jobTitle: string;
  position: Position;
  unit: string;
  roles: Role[];
  email?: string;
  penName?: string;
  activity: number;
  isIdleThisYear?: boolean;
  /** Held this position until a promotion to `position` in the middle of this year (last year's quota report shows it). */
  promotedFrom?: Position;
};

export const DEMO_PASSWORD = "Demo@2026";

export const DEMO_ACCOUNTS = {
  administrator: "quantri@demo.local",
  secretary: "thuky@demo.local",
  editorialBoard: "bbt@demo.local",
  standingCommittee: "btv@demo.local",
  contributor: "ctv@demo.local",
} as const;

const C: Role = "CONTRIBUTOR";

const PEOPLE_WITHOUT_EMAILS: readonly PersonSeed[] = [
  // Thường trực Đảng ủy khối
  { name: "Lê Quang Minh", jobTitle: "Bí thư Đảng ủy khối", position: "STANDING_MEMBER", unit: "dang-bo-khoi", roles: ["STANDING_COMMITTEE", C], activity: 1, penName: "Quang Minh" },
  { name: "Trần Văn Hùng", jobTitle: "Phó Bí thư Thường trực, Trưởng Ban Biên tập", position: "STANDING_MEMBER", unit: "dang-bo-khoi", roles: ["EDITORIAL_BOARD"], email: DEMO_ACCOUNTS.editorialBoard, activity: 1 },
  { name: "Hoàng Văn Nam", jobTitle: "Phó Bí thư Đảng ủy khối", position: "STANDING_MEMBER", unit: "dang-bo-khoi", roles: ["STANDING_COMMITTEE"], email: DEMO_ACCOUNTS.standingCommittee, activity: 1 },
  // Trưởng các ban, đoàn thể
  { name: "Nguyễn Thị Thu Hà", jobTitle: "Chánh Văn phòng Đảng ủy khối", position: "HEAD", unit: "van-phong", roles: [C, "STANDING_COMMITTEE"], activity: 1 },
  { name: "Phạm Đức Thắng", jobTitle: "Trưởng Ban Tổ chức", position: "HEAD", unit: "ban-to-chuc", roles: [C, "STANDING_COMMITTEE"], activity: 1 },
  { name: "Đặng Thị Minh Nguyệt", jobTitle: "Trưởng Ban Tuyên giáo, Phó Trưởng Ban Biên tập", position: "HEAD", unit: "ban-tuyen-giao", roles: [C, "EDITORIAL_BOARD", "STANDING_COMMITTEE"], activity: 2, penName: "Minh Nguyệt" },
  { name: "Vũ Văn Thành", jobTitle: "Chủ nhiệm Ủy ban Kiểm tra", position: "HEAD", unit: "uy-ban-kiem-tra", roles: [C, "STANDING_COMMITTEE"], activity: 1 },
  { name: "Bùi Thị Hạnh", jobTitle: "Chủ tịch Công đoàn Viên chức tỉnh", position: "HEAD", unit: "cong-doan", roles: [C], activity: 1, isIdleThisYear: true },
  { name: "Ngô Quốc Tuấn", jobTitle: "Bí thư Đoàn Thanh niên Khối", position: "HEAD", unit: "doan-thanh-nien", roles: [C], activity: 1.5 },
  { name: "Đỗ Văn Khải", jobTitle: "Chủ tịch Hội Cựu chiến binh Khối", position: "HEAD", unit: "hoi-ccb", roles: [C], activity: 0.7, isIdleThisYear: true },
  // Phó các ban, đoàn thể
  { name: "Nguyễn Thị Linh Lan", jobTitle: "Phó Trưởng Ban Tuyên giáo, Thư ký Ban Biên tập", position: "DEPUTY", unit: "ban-tuyen-giao", roles: ["SECRETARY", C], email: DEMO_ACCOUNTS.secretary, activity: 3, penName: "Linh Lan" },
  { name: "Lê Văn Dũng", jobTitle: "Phó Chánh Văn phòng", position: "DEPUTY", unit: "van-phong", roles: [C], activity: 1 },
  { name: "Trịnh Thị Mai", jobTitle: "Phó Trưởng Ban Tổ chức (chuyên viên đến giữa năm nay)", position: "DEPUTY", unit: "ban-to-chuc", roles: [C], activity: 1.2, promotedFrom: "STAFF" },
  { name: "Phan Văn Long", jobTitle: "Phó Chủ nhiệm Ủy ban Kiểm tra", position: "DEPUTY", unit: "uy-ban-kiem-tra", roles: [C], activity: 0.8, isIdleThisYear: true },
  { name: "Hà Thị Thanh Tâm", jobTitle: "Phó Chủ tịch Công đoàn Viên chức tỉnh", position: "DEPUTY", unit: "cong-doan", roles: [C], activity: 1.2, penName: "Thanh Tâm" },
  { name: "Lương Minh Đức", jobTitle: "Phó Bí thư Đoàn Thanh niên Khối", position: "DEPUTY", unit: "doan-thanh-nien", roles: [C], activity: 1.5 },
  { name: "Cao Văn Bình", jobTitle: "Phó Chủ tịch Hội Cựu chiến binh Khối", position: "DEPUTY", unit: "hoi-ccb", roles: [C], activity: 1 },
  // Cán bộ, chuyên viên
  { name: "Phạm Minh Tuấn", jobTitle: "Chuyên viên Văn phòng, quản trị Trang thông tin điện tử", position: "STAFF", unit: "van-phong", roles: ["ADMINISTRATOR"], email: DEMO_ACCOUNTS.administrator, activity: 0 },
  { name: "Vũ Thị Hồng Nhung", jobTitle: "Chuyên viên Ban Tuyên giáo", position: "STAFF", unit: "ban-tuyen-giao", roles: [C], email: DEMO_ACCOUNTS.contributor, activity: 2.5, penName: "Hồng Nhung" },
  { name: "Đinh Quang Huy", jobTitle: "Chuyên viên Ban Tuyên giáo, giúp việc Thư ký Ban Biên tập", position: "STAFF", unit: "ban-tuyen-giao", roles: ["SECRETARY", C], activity: 2 },
  { name: "Trần Thị Ngọc Ánh", jobTitle: "Chuyên viên Ban Tuyên giáo", position: "STAFF", unit: "ban-tuyen-giao", roles: [C], activity: 2, penName: "Ngọc Ánh" },
  { name: "Lê Thị Phương Thảo", jobTitle: "Chuyên viên Ban Tổ chức", position: "STAFF", unit: "ban-to-chuc", roles: [C], activity: 1.5 },
  { name: "Nguyễn Văn Hưng", jobTitle: "Chuyên viên Ban Tổ chức", position: "STAFF", unit: "ban-to-chuc", roles: [C], activity: 1 },
  { name: "Hoàng Thị Lan Anh", jobTitle: "Chuyên viên Ủy ban Kiểm tra", position: "STAFF", unit: "uy-ban-kiem-tra", roles: [C], activity: 1 },
  { name: "Mai Xuân Trường", jobTitle: "Kiểm tra viên Ủy ban Kiểm tra", position: "STAFF", unit: "uy-ban-kiem-tra", roles: [C], activity: 0.6, isIdleThisYear: true },
  { name: "Đào Thị Thúy", jobTitle: "Chuyên viên Văn phòng Đảng ủy khối", position: "STAFF", unit: "van-phong", roles: [C], activity: 1 },
  { name: "Tạ Văn Sơn", jobTitle: "Chuyên viên Công đoàn Viên chức tỉnh", position: "STAFF", unit: "cong-doan", roles: [C], activity: 1.2 },
  { name: "Nguyễn Thị Kim Oanh", jobTitle: "Chuyên viên Đoàn Thanh niên Khối", position: "STAFF", unit: "doan-thanh-nien", roles: [C], activity: 1.5, penName: "Kim Oanh" },
  { name: "Quách Văn Lộc", jobTitle: "Cán bộ Phòng Tổ chức cán bộ Sở Giáo dục và Đào tạo", position: "STAFF", unit: "giao-duc-to-chuc", roles: [C], activity: 1 },
  // Cộng tác viên ở các tổ chức cơ sở đảng
  { name: "Lê Thị Hoài Thu", jobTitle: "Bí thư Chi bộ Phòng Quản lý ngân sách", position: "COLLABORATOR", unit: "tai-chinh-ngan-sach", roles: [C], activity: 1 },
  { name: "Nguyễn Đình Khoa", jobTitle: "Phó Bí thư Đảng ủy Sở Tài chính", position: "COLLABORATOR", unit: "so-tai-chinh", roles: [C], activity: 1.2 },
  { name: "Trần Quốc Việt", jobTitle: "Bí thư Chi bộ Sở Tư pháp", position: "COLLABORATOR", unit: "so-tu-phap", roles: [C], activity: 1, penName: "Quốc Việt" },
  { name: "Lâm Thị Thu Trang", jobTitle: "Đảng viên Chi bộ Sở Tư pháp, báo cáo viên", position: "COLLABORATOR", unit: "so-tu-phap", roles: [C], activity: 0.8 },
  { name: "Phạm Thị Thanh Huyền", jobTitle: "Ủy viên Ban Thường vụ Đảng ủy Sở Giáo dục và Đào tạo", position: "COLLABORATOR", unit: "so-giao-duc", roles: [C], activity: 1.2 },
  { name: "Đỗ Mạnh Cường", jobTitle: "Bí thư Chi bộ Phòng Giáo dục trung học", position: "COLLABORATOR", unit: "giao-duc-trung-hoc", roles: [C], activity: 0.8 },
  { name: "Bùi Thị Ngọc Hân", jobTitle: "Phó Bí thư Đảng ủy Sở Y tế", position: "COLLABORATOR", unit: "so-y-te", roles: [C], activity: 1 },
  { name: "Võ Thanh Phong", jobTitle: "Bí thư Chi bộ Phòng Nghiệp vụ Y", position: "COLLABORATOR", unit: "y-te-nghiep-vu", roles: [C], activity: 0.8 },
  { name: "Lò Văn Thắm", jobTitle: "Cộng tác viên Đảng bộ Sở Nông nghiệp và Môi trường", position: "COLLABORATOR", unit: "so-nong-nghiep", roles: [C], activity: 0.8, isIdleThisYear: true },
  { name: "Nguyễn Thị Mỹ Linh", jobTitle: "Cộng tác viên Đảng bộ Sở Văn hóa, Thể thao và Du lịch", position: "COLLABORATOR", unit: "so-van-hoa", roles: [C], activity: 1.2, penName: "Mỹ Linh" },
  { name: "Hồ Sỹ Quang", jobTitle: "Phó Bí thư Đảng ủy Sở Khoa học và Công nghệ", position: "COLLABORATOR", unit: "so-khcn", roles: [C], activity: 1 },
  { name: "Dương Thị Bích Ngọc", jobTitle: "Bí thư Chi bộ Phòng Thông tin, Báo chí và Xuất bản", position: "COLLABORATOR", unit: "khcn-bao-chi", roles: [C], activity: 1.2 },
  { name: "Lưu Văn Toàn", jobTitle: "Bí thư Chi bộ Sở Nội vụ", position: "COLLABORATOR", unit: "so-noi-vu", roles: [C], activity: 0.7, isIdleThisYear: true },
  { name: "Kiều Thị Hương Giang", jobTitle: "Cộng tác viên Chi bộ Sở Ngoại vụ", position: "COLLABORATOR", unit: "so-ngoai-vu", roles: [C], activity: 1, penName: "Hương Giang" },
  { name: "Triệu Văn Hải", jobTitle: "Phó Bí thư Đảng ủy Văn phòng UBND tỉnh", position: "COLLABORATOR", unit: "van-phong-ubnd", roles: [C], activity: 1 },
  { name: "Nông Thị Huệ", jobTitle: "Bí thư Chi bộ Phòng Tổng hợp Văn phòng UBND tỉnh", position: "COLLABORATOR", unit: "ubnd-tong-hop", roles: [C], activity: 0.8 },
  { name: "Chu Đức Anh", jobTitle: "Cộng tác viên Đảng bộ Kho bạc Nhà nước khu vực", position: "COLLABORATOR", unit: "kho-bac", roles: [C], activity: 1 },
  { name: "Vi Văn Tiến", jobTitle: "Đảng viên Đảng bộ Kho bạc Nhà nước khu vực", position: "COLLABORATOR", unit: "kho-bac", roles: [C], activity: 0.5, isIdleThisYear: true },
  { name: "Thái Thị Yến", jobTitle: "Cộng tác viên Đảng bộ Bảo hiểm xã hội tỉnh", position: "COLLABORATOR", unit: "bhxh", roles: [C], activity: 1 },
];

export const emailForName = (name: string) => `${slugify(name).replace(/-/g, ".")}@demo.local`;

export const PEOPLE: readonly (PersonSeed & { email: string })[] = PEOPLE_WITHOUT_EMAILS.map((person) => ({
  ...person,
  email: person.email ?? emailForName(person.name),
}));
