import { describe, expect, it } from "vitest";
import { SLUG_MAX_LENGTH, slugify, stripVietnameseMarks, uniqueSlug } from "@/lib/content/slug";

describe("slugify", () => {
  it("turns section names into readable slugs", () => {
    expect(slugify("Theo gương Bác")).toBe("theo-guong-bac");
    expect(slugify("Bảo vệ nền tảng tư tưởng của Đảng")).toBe("bao-ve-nen-tang-tu-tuong-cua-dang");
    expect(slugify("Công tác Tuyên giáo")).toBe("cong-tac-tuyen-giao");
    expect(slugify("Thông tin đối ngoại")).toBe("thong-tin-doi-ngoai");
  });

  it("writes đ and Đ as d", () => {
    expect(slugify("Đảng")).toBe("dang");
    expect(slugify("đoàn ĐẢNG ỦY")).toBe("doan-dang-uy");
  });

  it("removes every tone mark, whatever the Unicode form", () => {
    const decomposed = "Nghị quyết Trung ương".normalize("NFD");
    expect(slugify(decomposed)).toBe("nghi-quyet-trung-uong");
    expect(slugify("Ưu tiên ỷ lại ẩm ướt")).toBe("uu-tien-y-lai-am-uot");
    expect(stripVietnameseMarks("Hồ Chí Minh")).toBe("Ho Chi Minh");
  });

  it("collapses punctuation and spaces into single dashes and trims them", () => {
    expect(slugify("  Số 91-KH/ĐUK: “Kế hoạch” năm 2019!  ")).toBe("so-91-kh-duk-ke-hoach-nam-2019");
    expect(slugify("Dân vận khéo — hiệu quả, thiết thực...")).toBe("dan-van-kheo-hieu-qua-thiet-thuc");
    expect(slugify("a   --  b")).toBe("a-b");
  });

  it("cuts long titles at a word boundary within the limit", () => {
    const title =
      "Đảng bộ Sở Giáo dục và Đào tạo tổ chức hội nghị quán triệt, triển khai thực hiện Nghị quyết về tăng cường bảo vệ nền tảng tư tưởng của Đảng";
    const slug = slugify(title);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug.endsWith("-")).toBe(false);
    expect(`${slugify(title, 1000)}-`.startsWith(`${slug}-`)).toBe(true);
  });

  it("returns an empty string when nothing is left", () => {
    expect(slugify("!!! ???")).toBe("");
  });
});

describe("uniqueSlug", () => {
  it("adds -2, -3 … on collisions", async () => {
    const taken = new Set(["theo-guong-bac", "theo-guong-bac-2"]);
    expect(await uniqueSlug("Theo gương Bác", (s) => taken.has(s))).toBe("theo-guong-bac-3");
    expect(await uniqueSlug("Đảng", (s) => taken.has(s))).toBe("dang");
  });

  it("accepts an asynchronous look-up", async () => {
    expect(await uniqueSlug("Đảng", async (s) => s === "dang")).toBe("dang-2");
  });

  it("keeps the suffixed slug within the limit", async () => {
    const title = "Tuyên truyền ".repeat(20);
    const base = slugify(title);
    const slug = await uniqueSlug(title, (s) => s === base);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug.endsWith("-2")).toBe(true);
  });

  it("falls back to a generic slug for titles without letters", async () => {
    expect(await uniqueSlug("???", () => false)).toBe("bai-viet");
  });
});
