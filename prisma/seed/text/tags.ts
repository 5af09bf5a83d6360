// The demo's tag pool (thẻ). Keys are used by the item themes.
export const TAGS = {
  hocTapLamTheoBac: "Học tập và làm theo Bác",
  chiThi05: "Chỉ thị 05-CT/TW",
  nghiQuyet35: "Nghị quyết 35-NQ/TW",
  nghiQuyetTw4: "Nghị quyết Trung ương 4",
  daiHoiDang: "Đại hội Đảng",
  sinhHoatChiBo: "Sinh hoạt chi bộ",
  dangVien: "Phát triển đảng viên",
  kiemTraGiamSat: "Kiểm tra, giám sát",
  danVanKheo: "Dân vận khéo",
  thongTinDoiNgoai: "Thông tin đối ngoại",
  bienDao: "Chủ quyền biển, đảo",
  khongGianMang: "Không gian mạng",
  quanDiemSaiTrai: "Phản bác quan điểm sai trái",
  baoCaoVien: "Báo cáo viên",
  congDoan: "Công đoàn",
  doanThanhNien: "Đoàn Thanh niên",
  cuuChienBinh: "Cựu chiến binh",
  chuyenDoiSo: "Chuyển đổi số",
  nguoiTotViecTot: "Người tốt, việc tốt",
  caiCachHanhChinh: "Cải cách hành chính",
  anSinhXaHoi: "An sinh xã hội",
  lichSuDang: "Lịch sử Đảng",
} as const;

export type TagKey = keyof typeof TAGS;
