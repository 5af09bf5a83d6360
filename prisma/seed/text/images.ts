// The demo's pictures: abstract illustrations drawn as SVG and rendered to
// WebP (see ../images.ts). Alt texts say honestly that they are illustrations.
export type ImageMotif =
  | "hall" | "flags" | "fields" | "terraces" | "mountains" | "river" | "sea" | "lighthouse"
  | "city" | "building" | "lotus" | "books" | "village" | "people" | "banner";

export type DemoImage = {
  name: string;
  motif: ImageMotif;
  /** Palette variant: the same motif in other colours. */
  variant: number;
  alt: string;
  width: number;
  height: number;
};

const photo = (name: string, motif: ImageMotif, variant: number, alt: string): DemoImage => ({
  name, motif, variant, alt, width: 1200, height: 675,
});

export const DEMO_IMAGES: readonly DemoImage[] = [
  photo("hoi-truong-do", "hall", 0, "Tranh minh họa hội trường với sân khấu phông đỏ, bục phát biểu và các hàng ghế đại biểu"),
  photo("hoi-truong-xanh", "hall", 1, "Tranh minh họa phòng họp lớn với sân khấu, lẵng hoa và hàng ghế xếp ngay ngắn"),
  photo("co-do-binh-minh", "flags", 0, "Tranh minh họa lá cờ đỏ sao vàng tung bay trên nền trời bình minh"),
  photo("co-bay-troi-xanh", "flags", 1, "Tranh minh họa những lá cờ đỏ tung bay trên nền trời xanh"),
  photo("canh-dong-lua", "fields", 0, "Tranh minh họa cánh đồng lúa chín vàng dưới bầu trời trong xanh"),
  photo("ruong-bac-thang", "terraces", 0, "Tranh minh họa ruộng bậc thang xanh mướt trên sườn núi"),
  photo("nui-rung", "mountains", 0, "Tranh minh họa núi rừng trùng điệp lúc mặt trời mọc"),
  photo("dong-song-que-huong", "river", 0, "Tranh minh họa dòng sông uốn lượn giữa đồng bằng với con thuyền nhỏ"),
  photo("bien-dao", "sea", 0, "Tranh minh họa biển xanh với đảo nhỏ và những con sóng"),
  photo("ngon-hai-dang", "lighthouse", 0, "Tranh minh họa ngọn hải đăng trên mỏm đảo giữa biển khơi"),
  photo("pho-phuong", "city", 0, "Tranh minh họa phố phường với những tòa nhà cao tầng lúc chiều tà"),
  photo("tru-so-co-quan", "building", 0, "Tranh minh họa trụ sở cơ quan với hàng cột trắng và cờ đỏ trước sân"),
  photo("dam-sen", "lotus", 0, "Tranh minh họa đầm sen hồng nở giữa những lá sen xanh"),
  photo("sach-tri-thuc", "books", 0, "Tranh minh họa chồng sách và ngọn đèn bàn tượng trưng cho việc học tập"),
  photo("lang-que", "village", 0, "Tranh minh họa làng quê với mái nhà, lũy tre và con đường nhỏ"),
  photo("doan-ket", "people", 0, "Tranh minh họa nhiều người đứng cạnh nhau tượng trưng cho khối đoàn kết"),
];

export const CAMPAIGN_BANNERS = {
  congress: { name: "banner-dai-hoi", motif: "banner", variant: 0, width: 1200, height: 300, alt: "Băng rôn tuyên truyền Đại hội Đảng bộ các cấp: nền đỏ, cờ và ngôi sao vàng" },
  birthday: { name: "banner-sinh-nhat-bac", motif: "banner", variant: 1, width: 1200, height: 300, alt: "Băng rôn kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh: nền đỏ thẫm với hoa sen" },
} as const satisfies Record<string, DemoImage>;

export const RENDITION_WIDTHS = [480, 800] as const;

export const demoImageKey = (name: string) => `demo/${name}.webp`;

export const demoImageByName = (name: string): DemoImage => {
  const image = DEMO_IMAGES.find((candidate) => candidate.name === name);
  if (!image) throw new Error(`Unknown demo image ${name}`);
  return image;
};
