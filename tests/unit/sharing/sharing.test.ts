import { describe, expect, it } from "vitest";
import { itemShareMetadata, versionedShareImageUrl } from "@/lib/sharing/og-metadata";
import { radioText, type RadioTextInput } from "@/lib/sharing/radio-text";
import { titleFontSize } from "@/lib/sharing/share-card";
import { shareDescription, trimAtWord } from "@/lib/sharing/share-text";
import { facebookShareUrl, shareLinks, zaloShareUrl } from "@/lib/sharing/share-urls";

const canonical = "https://dangbokhoi.vn/bai-viet/hoi-nghi-quan-triet?a=1&b=2";
const encoded = "https%3A%2F%2Fdangbokhoi.vn%2Fbai-viet%2Fhoi-nghi-quan-triet%3Fa%3D1%26b%3D2";

describe("share links", () => {
  it("carry the canonical URL, encoded, to Facebook's sharer and Zalo's share page", () => {
    expect(facebookShareUrl(canonical)).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encoded}`);
    expect(zaloShareUrl(canonical)).toBe(`https://sp.zalo.me/share_to?url=${encoded}`);
    expect(shareLinks(canonical).map((link) => [link.name, link.label])).toEqual([
      ["Facebook", "Chia sẻ lên Facebook"],
      ["Zalo", "Chia sẻ qua Zalo"],
    ]);
  });
});

describe("preview text", () => {
  it("cuts a long lead at a word boundary with an ellipsis, and keeps a short one", () => {
    const long = "Sáng ngày 6/12, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị ".repeat(6);
    const cut = trimAtWord(long, 200);
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(cut.endsWith("…")).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(long.charAt(cut.length - 1)).toBe(" ");
    expect(trimAtWord("  Tin   ngắn. ", 200)).toBe("Tin ngắn.");
  });

  it("falls back to the body when there is no lead", () => {
    expect(shareDescription({ lead: " ", bodyText: "Nội dung\n\nđoạn hai" })).toBe("Nội dung đoạn hai");
    expect(shareDescription({ lead: "", bodyText: "" })).toBeUndefined();
  });
});

describe("item share metadata", () => {
  const metadata = itemShareMetadata({
    title: "Hội nghị quán triệt Nghị quyết",
    lead: "Sáng 6/12, hội nghị được tổ chức.",
    bodyText: "",
    canonicalUrl: "https://dangbokhoi.vn/bai-viet/hoi-nghi",
    shareImageUrl: "https://dangbokhoi.vn/bai-viet/hoi-nghi/anh-chia-se?v=abc",
    shareImageAlt: "Hội nghị",
    publishedAt: "2026-12-06T01:00:00.000Z",
    updatedAt: "2026-12-06T02:00:00.000Z",
    siteName: "Trang TTĐT",
  });

  it("gives Facebook and Zalo an article with a 1200×630 absolute image", () => {
    expect(metadata.openGraph).toMatchObject({
      type: "article",
      url: "https://dangbokhoi.vn/bai-viet/hoi-nghi",
      title: "Hội nghị quán triệt Nghị quyết",
      description: "Sáng 6/12, hội nghị được tổ chức.",
      publishedTime: "2026-12-06T01:00:00.000Z",
      images: [{ url: "https://dangbokhoi.vn/bai-viet/hoi-nghi/anh-chia-se?v=abc", width: 1200, height: 630, alt: "Hội nghị" }],
    });
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image" });
    expect(metadata.alternates?.canonical).toBe("https://dangbokhoi.vn/bai-viet/hoi-nghi");
  });

  it("versions the image URL by the item's last change", () => {
    const a = versionedShareImageUrl("https://x.vn/a", "2026-12-06T02:00:00.000Z");
    const b = versionedShareImageUrl("https://x.vn/a", "2026-12-06T02:00:01.000Z");
    expect(a).toMatch(/^https:\/\/x\.vn\/a\?v=[0-9a-z]+$/);
    expect(a).not.toBe(b);
  });

  it("sizes the card's title down as it grows", () => {
    expect(titleFontSize("Ngắn")).toBeGreaterThan(titleFontSize("x".repeat(120)));
  });
});

describe("radio version", () => {
  const base: RadioTextInput = {
    title: "Xã ra quân <b>“Ngày Chủ nhật xanh”</b>",
    lead: "Sáng 6/12, hơn 300 đoàn viên &amp; thanh niên tham gia.",
    bodyText: "Đoạn một,\nxuống dòng.\n\n- Mục một\n- Mục hai\n\n1. Bước một",
    bodyHtml: "",
    authorNames: ["Nguyễn Văn A", "Trần Thị B"],
    penName: null,
    unitName: "Đoàn Thanh niên Khối",
    source: null,
    publishedAt: "2026-12-06T01:00:00.000Z",
    siteName: "Trang TTĐT Đảng bộ Khối",
    canonicalUrl: "https://dangbokhoi.vn/bai-viet/ra-quan",
  };

  it("reads as clean paragraphs: no tags, entities or bullets; byline and date at the end", () => {
    const text = radioText(base);
    expect(text.split("\n\n")).toEqual([
      "Xã ra quân “Ngày Chủ nhật xanh”",
      "Sáng 6/12, hơn 300 đoàn viên & thanh niên tham gia.",
      "Đoạn một, xuống dòng.",
      "Mục một",
      "Mục hai",
      "1. Bước một",
      "Tác giả: Nguyễn Văn A và Trần Thị B, Đoàn Thanh niên Khối",
      "Đăng trên Trang TTĐT Đảng bộ Khối ngày 06 tháng 12 năm 2026.",
      "https://dangbokhoi.vn/bai-viet/ra-quan\n",
    ]);
  });

  it("uses the HTML body when the plain-text copy is missing, and the pen name when set", () => {
    const text = radioText({ ...base, bodyText: "", bodyHtml: "<p>Đoạn <strong>đậm</strong>.</p><figure><img alt='ảnh'><figcaption>Chú thích</figcaption></figure><p>Hai &quot;trích&quot;</p>", penName: "Minh Nguyệt" });
    expect(text).toContain("\n\nĐoạn đậm.\n\nHai \"trích\"\n\n");
    expect(text).not.toContain("Chú thích");
    expect(text).toContain("Tác giả: Minh Nguyệt, Đoàn Thanh niên Khối");
    expect(text).not.toMatch(/<|&[a-z]+;/);
  });
});
