// The bloc committee's organisation tree. `key` ties people and titles to a
// unit; `parent` names the parent's key (the root has none).
import type { UnitKind } from "@/lib/generated/prisma/enums";

export type UnitSeed = { key: string; name: string; shortName?: string; kind: UnitKind; parent?: string };

export const ROOT_UNIT = "dang-bo-khoi";

export const UNITS: readonly UnitSeed[] = [
  { key: ROOT_UNIT, name: "Đảng bộ Khối các cơ quan tỉnh", shortName: "Đảng ủy Khối", kind: "COMMITTEE" },
  // Ban, văn phòng và ủy ban kiểm tra của Đảng ủy khối
  { key: "van-phong", name: "Văn phòng Đảng ủy khối", shortName: "Văn phòng", kind: "DEPARTMENT", parent: ROOT_UNIT },
  { key: "ban-to-chuc", name: "Ban Tổ chức Đảng ủy khối", shortName: "Ban Tổ chức", kind: "DEPARTMENT", parent: ROOT_UNIT },
  { key: "ban-tuyen-giao", name: "Ban Tuyên giáo Đảng ủy khối", shortName: "Ban Tuyên giáo", kind: "DEPARTMENT", parent: ROOT_UNIT },
  { key: "uy-ban-kiem-tra", name: "Ủy ban Kiểm tra Đảng ủy khối", shortName: "Ủy ban Kiểm tra", kind: "DEPARTMENT", parent: ROOT_UNIT },
  // Đoàn thể
  { key: "cong-doan", name: "Công đoàn Viên chức tỉnh", shortName: "Công đoàn Viên chức", kind: "MASS_ORGANISATION", parent: ROOT_UNIT },
  { key: "doan-thanh-nien", name: "Đoàn Thanh niên Khối các cơ quan tỉnh", shortName: "Đoàn Thanh niên Khối", kind: "MASS_ORGANISATION", parent: ROOT_UNIT },
  { key: "hoi-ccb", name: "Hội Cựu chiến binh Khối các cơ quan tỉnh", shortName: "Hội Cựu chiến binh Khối", kind: "MASS_ORGANISATION", parent: ROOT_UNIT },
  // Tổ chức cơ sở đảng trực thuộc
  { key: "so-tai-chinh", name: "Đảng bộ Sở Tài chính", kind: "GRASSROOTS", parent: ROOT_UNIT },
  { key: "so-tu-phap", name: "Chi bộ Sở Tư pháp", kind: "GRASSROOTS", parent: ROOT_UNIT },
  { key: "so-giao-duc", name: "Đảng bộ Sở Giáo dục và Đào tạo", kind: "GRASSROOTS", parent: ROOT_UNIT },
  { key: "so-y-te", name: "Đảng bộ Sở Y tế", kind: "GRASSROOTS", parent: ROOT_UNIT },
  { key: "so-nong-nghiep", name: "Đảng bộ Sở Nông nghiệp và Môi trường", kind: "GRASSROOTS", parent: ROOT_UNIT },
  { key: "so-van-hoa", name: "Đảng bộ Sở Văn hóa, Thể thao và Du lịch", kind: "GRASSROOTS", parent: ROOT_UNIT },
  { key: "so-khcn", name: "Đảng bộ Sở Khoa học và Công nghệ", kind: "GRASSROOTS", parent: ROOT_UNIT },
  { key: "so-noi-vu", name: "Chi bộ Sở Nội vụ", kind: "GRASSROOTS", parent: ROOT_UNIT },
  { key: "so-ngoai-vu", name: "Chi bộ Sở Ngoại vụ", kind: "GRASSROOTS", parent: ROOT_UNIT },
  { key: "van-phong-ubnd", name: "Đảng bộ Văn phòng UBND tỉnh", kind: "GRASSROOTS", parent: ROOT_UNIT },
  { key: "kho-bac", name: "Đảng bộ Kho bạc Nhà nước khu vực", kind: "GRASSROOTS", parent: ROOT_UNIT },
  { key: "bhxh", name: "Đảng bộ Bảo hiểm xã hội tỉnh", kind: "GRASSROOTS", parent: ROOT_UNIT },
  // Chi bộ trực thuộc đảng bộ cơ sở
  { key: "tai-chinh-ngan-sach", name: "Chi bộ Phòng Quản lý ngân sách", kind: "CELL", parent: "so-tai-chinh" },
  { key: "tai-chinh-van-phong", name: "Chi bộ Văn phòng Sở Tài chính", kind: "CELL", parent: "so-tai-chinh" },
  { key: "giao-duc-trung-hoc", name: "Chi bộ Phòng Giáo dục trung học", kind: "CELL", parent: "so-giao-duc" },
  { key: "giao-duc-to-chuc", name: "Chi bộ Phòng Tổ chức cán bộ Sở Giáo dục và Đào tạo", kind: "CELL", parent: "so-giao-duc" },
  { key: "y-te-nghiep-vu", name: "Chi bộ Phòng Nghiệp vụ Y", kind: "CELL", parent: "so-y-te" },
  { key: "khcn-bao-chi", name: "Chi bộ Phòng Thông tin, Báo chí và Xuất bản", kind: "CELL", parent: "so-khcn" },
  { key: "ubnd-tong-hop", name: "Chi bộ Phòng Tổng hợp Văn phòng UBND tỉnh", kind: "CELL", parent: "van-phong-ubnd" },
];

export const unitByKey = (key: string): UnitSeed => {
  const unit = UNITS.find((candidate) => candidate.key === key);
  if (!unit) throw new Error(`Unknown demo unit ${key}`);
  return unit;
};
