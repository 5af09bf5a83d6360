// The share picture and the radio version of an item: public items only, the
// picture a 1200×630 PNG (the cover cropped, or a generated card), the radio
// version plain UTF-8 text without markup.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it, vi } from "vitest";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

vi.mock("next/cache", () => import("@/tests/setup/next-cache-passthrough"));

const database = setupTestDatabase();

async function shareImage(slug: string) {
  const { GET } = await import("@/app/(public)/bai-viet/[slug]/anh-chia-se/route");
  return GET(new Request(`http://localhost/bai-viet/${slug}/anh-chia-se`), { params: Promise.resolve({ slug }) });
}

async function radio(slug: string) {
  const { GET } = await import("@/app/(public)/bai-viet/[slug]/phat-thanh/route");
  return GET(new Request(`http://localhost/bai-viet/${slug}/phat-thanh`), { params: Promise.resolve({ slug }) });
}

describe(`share picture and radio version on ${database.kind}`, () => {
  it("draws a 1200×630 PNG card for a published item without a cover", async () => {
    const { createPublishedItem } = await import("@/tests/factories");
    const item = await createPublishedItem({ title: "Hội nghị quán triệt Nghị quyết Đại hội Đảng bộ xã Quảng Điền lần thứ nhất" });
    const response = await shareImage(item.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
    const bytes = Buffer.from(await response.arrayBuffer());
    const meta = await sharp(bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["png", 1200, 630]);
    // Kept for a look with an image viewer (the card's Vietnamese text).
    if (process.env.SHARE_IMAGE_OUT) fs.writeFileSync(path.join(process.env.SHARE_IMAGE_OUT, `card-${database.kind}.png`), bytes);
  });

  it("draws Vietnamese letters outside basic Latin from the local fonts (none is left blank)", async () => {
    const { createPublishedItem } = await import("@/tests/factories");
    // Only letters of the latin-ext and vietnamese subsets: a missing subset leaves the title blank.
    const item = await createPublishedItem({ title: "Ộ Ệ Ỉ Ủ Đ Ă Ơ Ư ộ ệ ỉ ủ đ ă ơ ư Ặ Ẫ Ữ Ỹ" });
    const { data, info } = await sharp(Buffer.from(await (await shareImage(item.slug)).arrayBuffer()))
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    let ink = 0;
    // The title's band, between the coloured head and the footer rule.
    for (let y = 300; y < 520; y += 1) {
      for (let x = 64; x < 1136; x += 1) {
        const i = (y * info.width + x) * info.channels;
        if (data[i]! < 90 && data[i + 1]! < 90 && data[i + 2]! < 90) ink += 1;
      }
    }
    expect(ink).toBeGreaterThan(5_000);
  });

  it("crops the cover to 1200×630 when the item has one", async () => {
    const { db } = await import("@/lib/db");
    const { createMediaFile, createPublishedItem } = await import("@/tests/factories");
    const media = await createMediaFile();
    const file = path.join(process.env.UPLOAD_DIR!, media.storageKey);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // A 900×900 picture, green on top and blue below: cropping must keep both.
    await sharp({ create: { width: 900, height: 900, channels: 3, background: "#1f7a1f" } })
      .composite([{ input: { create: { width: 900, height: 450, channels: 3, background: "#1f3f9f" } }, top: 450, left: 0 }])
      .webp()
      .toFile(file);
    const item = await createPublishedItem({ title: "Bài có ảnh bìa" });
    await db.item.update({ where: { id: item.id }, data: { coverImageId: media.id } });

    const response = await shareImage(item.slug);
    const bytes = Buffer.from(await response.arrayBuffer());
    const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([1200, 630]);
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    expect(pixel(600, 5)[1]).toBeGreaterThan(100); // green at the top
    expect(pixel(600, 625)[2]).toBeGreaterThan(120); // blue at the bottom
  });

  it("answers 404 for a draft's picture and radio version, and for an unknown slug", async () => {
    const { createDraftItem } = await import("@/tests/factories");
    const draft = await createDraftItem({ title: "Bản nháp chưa đăng" });
    for (const response of [await shareImage(draft.slug), await radio(draft.slug), await shareImage("khong-co-bai-nay")]) {
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).not.toBe("image/png");
    }
  });

  it("serves the radio version as plain text: title, lead, paragraphs, no markup or entities", async () => {
    const { db } = await import("@/lib/db");
    const { createPublishedItem } = await import("@/tests/factories");
    const item = await createPublishedItem({ title: "Xã ra quân “Ngày Chủ nhật xanh”", lead: "Sáng 6/12, hơn 300 đoàn viên tham gia." });
    await db.item.update({
      where: { id: item.id },
      data: {
        bodyText: "Đoàn viên dọn vệ sinh & trồng cây.\n\nKết quả:\n- 2 km đường\n- 150 cây xanh",
        bodyHtml: "<p>Đoàn viên dọn vệ sinh &amp; trồng cây.</p><p>Kết quả:</p><ul><li>2 km đường</li><li>150 cây xanh</li></ul>",
        source: "Đài truyền thanh xã",
      },
    });
    const response = await radio(item.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const text = await response.text();
    expect(text).not.toMatch(/<[a-z/]/i);
    expect(text).not.toMatch(/&[a-z#0-9]+;/i);
    const blocks = text.trim().split("\n\n");
    expect(blocks.slice(0, 6)).toEqual([
      "Xã ra quân “Ngày Chủ nhật xanh”",
      "Sáng 6/12, hơn 300 đoàn viên tham gia.",
      "Đoàn viên dọn vệ sinh & trồng cây.",
      "Kết quả:",
      "2 km đường",
      "150 cây xanh",
    ]);
    expect(text).toContain("Nguồn: Đài truyền thanh xã");
    expect(text).toMatch(/Đăng trên .+ ngày \d{2} tháng \d{2} năm \d{4}\./);
  });
});
