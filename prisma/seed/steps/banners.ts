// Home-page banners (seed 002 asks every e-information page to link to the
// Party's central outlets): side link banners drawn locally as SVG (the
// outlet's name on a red or cream ground) and rendered to WebP like the other
// demo pictures, plus a top banner leading to the congress campaign page.
import sharp from "sharp";
import { slugify } from "@/lib/content/slug";
import { variantKey } from "@/lib/server/media/storage";
import { addDays } from "../clock";
import { personByEmail, type SeedContext } from "../context";
import { writeStoredFile } from "../files";
import { DEMO_ACCOUNTS } from "../text/people";

type LinkBanner = { name: string; title: string; subtitle: string; url: string; ground: [string, string]; ink: string };

const LINK_BANNERS: readonly LinkBanner[] = [
  { name: "lien-ket-nhan-dan", title: "BÁO NHÂN DÂN", subtitle: "Cơ quan Trung ương của Đảng Cộng sản Việt Nam", url: "https://nhandan.vn/", ground: ["#b71c1c", "#7f0000"], ink: "#ffffff" },
  { name: "lien-ket-tap-chi-cong-san", title: "TẠP CHÍ CỘNG SẢN", subtitle: "Cơ quan lý luận và chính trị của Trung ương Đảng", url: "https://www.tapchicongsan.org.vn/", ground: ["#fff8e1", "#ffe0b2"], ink: "#b71c1c" },
  { name: "lien-ket-dang-cong-san", title: "BÁO ĐIỆN TỬ ĐẢNG CỘNG SẢN VIỆT NAM", subtitle: "dangcongsan.vn", url: "https://dangcongsan.vn/", ground: ["#c62828", "#8e0000"], ink: "#ffeb3b" },
  { name: "lien-ket-chinh-phu", title: "CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", subtitle: "chinhphu.vn", url: "https://chinhphu.vn/", ground: ["#0d47a1", "#002171"], ink: "#ffffff" },
];

const WIDTH = 600;
const HEIGHT = 160;
const RENDITIONS = [480] as const;

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function svg(banner: LinkBanner): string {
  // Bold capitals are about 0.7 em wide: the title fits the 450 px beside the star.
  const size = Math.min(36, Math.floor(450 / (0.7 * banner.title.length)));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${banner.ground[0]}"/><stop offset="1" stop-color="${banner.ground[1]}"/></linearGradient></defs>
<rect width="${WIDTH}" height="${HEIGHT}" rx="10" fill="url(#g)"/>
<polygon points="70,38 79,66 108,66 84,83 93,111 70,94 47,111 56,83 32,66 61,66" fill="#ffd54f"/>
<text x="130" y="${HEIGHT / 2 + 2}" font-family="DejaVu Sans, Arial, sans-serif" font-weight="bold" font-size="${size}" fill="${banner.ink}">${escape(banner.title)}</text>
<text x="130" y="${HEIGHT / 2 + 36}" font-family="DejaVu Sans, Arial, sans-serif" font-size="17" fill="${banner.ink}" opacity="0.9">${escape(banner.subtitle)}</text>
</svg>`;
}

export type RenderedBanner = LinkBanner & { key: string; sizeBytes: number; variants: { width: number; key: string }[] };

/** Writes the link banners' pictures under UPLOAD_DIR (before the seed's transaction, like the other images). */
export async function renderBannerImages(): Promise<RenderedBanner[]> {
  const rendered: RenderedBanner[] = [];
  for (const banner of LINK_BANNERS) {
    const source = Buffer.from(svg(banner));
    const key = `demo/${banner.name}.webp`;
    const full = await sharp(source).webp({ quality: 85 }).toBuffer();
    await writeStoredFile(key, full);
    const variants = [];
    for (const width of RENDITIONS) {
      const renditionKey = variantKey(key, width);
      await writeStoredFile(renditionKey, await sharp(source).resize({ width }).webp({ quality: 85 }).toBuffer());
      variants.push({ width, key: renditionKey });
    }
    rendered.push({ ...banner, key, sizeBytes: full.byteLength, variants });
  }
  return rendered;
}

export async function seedBanners(context: SeedContext, rendered: RenderedBanner[], congressName: string): Promise<number> {
  const admin = personByEmail(context, DEMO_ACCOUNTS.administrator);
  const createdAt = addDays(context.clock.start, -7);
  let sortOrder = 0;
  for (const banner of rendered) {
    const alt = `${banner.title.charAt(0)}${banner.title.slice(1).toLocaleLowerCase("vi")}: ${banner.subtitle}`;
    const image = await context.tx.mediaFile.create({
      data: {
        kind: "IMAGE",
        storageKey: banner.key,
        originalName: `${banner.name}.webp`,
        mimeType: "image/webp",
        sizeBytes: banner.sizeBytes,
        width: WIDTH,
        height: HEIGHT,
        variants: banner.variants,
        alt,
        uploadedById: admin.id,
        createdAt,
      },
      select: { id: true },
    });
    await context.tx.banner.create({
      data: { slot: "SIDE", name: banner.title, imageId: image.id, alt, linkUrl: banner.url, sortOrder: sortOrder++, createdById: admin.id, createdAt, updatedAt: createdAt },
    });
  }
  // The congress campaign's picture again, across the top, for as long as the campaign runs.
  const congress = await context.tx.campaign.findFirst({ where: { name: congressName }, select: { slug: true, startsAt: true, endsAt: true, bannerImageId: true, bannerImage: { select: { alt: true } } } });
  if (congress?.bannerImageId) {
    await context.tx.banner.create({
      data: {
        slot: "TOP",
        name: "Chào mừng Đại hội Đảng bộ các cấp",
        imageId: congress.bannerImageId,
        alt: congress.bannerImage?.alt ?? congressName,
        linkUrl: `/chuyen-trang/${congress.slug || slugify(congressName)}`,
        startsAt: congress.startsAt,
        endsAt: congress.endsAt,
        isActive: false,
        createdById: admin.id,
        createdAt,
        updatedAt: createdAt,
      },
    });
  }
  return rendered.length;
}
