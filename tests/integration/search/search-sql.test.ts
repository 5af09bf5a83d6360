// The search SQL against a real PostgreSQL: diacritic-insensitive prefix
// matching, exact-accent ranking, drafts never found, documents by số/ký hiệu,
// and odd input that must never reach the database as an operator.
import { beforeAll, describe, expect, it } from "vitest";
import { parseSearchQuery, type SearchQuery } from "@/lib/search/parse-search-query";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

const database = setupTestDatabase();

function parsed(text: string): SearchQuery {
  const query = parseSearchQuery(text);
  if (!query) throw new Error(`not searchable: ${text}`);
  return query;
}

async function items(text: string) {
  const { searchItems } = await import("@/lib/server/search/search-items");
  return searchItems(parsed(text), { limit: 20, offset: 0 });
}

async function documents(text: string) {
  const { searchDocuments } = await import("@/lib/server/search/search-documents");
  return searchDocuments(parsed(text), { limit: 20 });
}

describe(`search SQL on ${database.kind}`, () => {
  beforeAll(async () => {
    const f = await import("@/tests/factories");
    // Fixed bodies: the factory's default body ends in a random suffix, and one
    // starting with "a" would make "a | b" (searched as a:* & b:*) find "Bác".
    const body = "Nội dung bài viết.";
    const day = (n: number) => new Date(Date.UTC(2026, 0, n));
    await f.createPublishedItem({ title: "Học tập và làm theo gương Bác Hồ", slug: "theo-guong-bac", body, publishedAt: day(1) });
    await f.createPublishedItem({ title: "Đảng bộ Khối tổng kết năm", slug: "dang-bo-tong-ket", body, publishedAt: day(2) });
    await f.createPublishedItem({ title: "Cán bộ đang học tập nghị quyết", slug: "dang-hoc-tap", body, publishedAt: day(5) });
    await f.createPublishedItem({
      title: "Hội nghị sơ kết",
      slug: "so-ket",
      lead: "Phát huy vai trò của tổ chức Đảng",
      body: "Nội dung dài về công tác tuyên giáo và bảo vệ nền tảng tư tưởng.",
      publishedAt: day(3),
    });
    await f.createDraftItem({ title: "Bản nháp về gương Bác và Đảng", slug: "ban-nhap" });
    await f.createItem({ title: "Bài đã gỡ về Đảng", slug: "da-go", status: "UNPUBLISHED", publishedAt: null });
    await f.createDocument({ numberSymbol: "91-KH/ĐUK", summary: "Kế hoạch thực hiện chỉ tiêu tin, bài năm 2019" });
    await f.createDocument({ numberSymbol: "46/KH-STTTT", summary: "Kế hoạch tuyên truyền chuyển đổi số" });
    await f.createDocument({ numberSymbol: "99-NQ/ĐUK", summary: "Nghị quyết chưa ban hành", status: "DRAFT" });
  });

  it('finds "Theo gương Bác" from "theo guong bac" and from prefixes', async () => {
    expect((await items("theo guong bac")).rows.map((r) => r.slug)).toEqual(["theo-guong-bac"]);
    expect((await items("THEO GƯƠNG BÁC")).rows.map((r) => r.slug)).toEqual(["theo-guong-bac"]);
    expect((await items("guo ba")).rows.map((r) => r.slug)).toEqual(["theo-guong-bac"]);
  });

  it('finds "Đảng" from "dang", newest first, and never drafts or unpublished items', async () => {
    const result = await items("dang");
    const slugs = result.rows.map((r) => r.slug);
    expect(slugs).toEqual(expect.arrayContaining(["dang-bo-tong-ket", "dang-hoc-tap", "so-ket"]));
    expect(slugs).not.toContain("ban-nhap");
    expect(slugs).not.toContain("da-go");
    expect(result.total).toBe(3);
    const titleMatches = slugs.filter((s) => s !== "so-ket");
    expect(titleMatches).toEqual(["dang-hoc-tap", "dang-bo-tong-ket"]);
  });

  it("puts exact-accent matches first when the reader types accents", async () => {
    const slugs = (await items("Đảng")).rows.map((r) => r.slug);
    expect(slugs.indexOf("dang-hoc-tap")).toBe(slugs.length - 1);
    expect(slugs.slice(0, 2).sort()).toEqual(["dang-bo-tong-ket", "so-ket"]);
    const unaccented = (await items("đang")).rows.map((r) => r.slug);
    expect(unaccented[0]).toBe("dang-hoc-tap");
  });

  it("returns the part of the body around the match", async () => {
    const row = (await items("nen tang")).rows[0];
    expect(row?.slug).toBe("so-ket");
    expect(row?.bodyExcerpt).toContain("nền tảng");
  });

  it("finds documents by number/symbol written any way, and by summary words", async () => {
    for (const text of ["91-KH/ĐUK", "91-kh/duk", "91 KH", "91kh", "KH/ĐUK"]) {
      expect((await documents(text)).rows.map((r) => r.numberSymbol), text).toContain("91-KH/ĐUK");
    }
    expect((await documents("46/KH")).rows.map((r) => r.numberSymbol)).toEqual(["46/KH-STTTT"]);
    expect((await documents("chuyen doi so")).rows.map((r) => r.numberSymbol)).toEqual(["46/KH-STTTT"]);
    expect((await documents("nghi quyet chua")).rows).toEqual([]);
    expect((await documents("99-NQ")).total).toBe(0);
  });

  it("never throws on odd input, and operators typed by the reader are plain words", async () => {
    // Nothing left to search once the quote and the backslash are dropped: no query at all.
    for (const text of ["'", "\\"]) expect(parseSearchQuery(text), text).toBeNull();
    const odd = ["a & b", "a | b", "!a", "a:*", "(a)", "a<->b", "x'; DROP TABLE items; --", "a-", "-a", "a--b", "a//b", "1.2.3", "🙂 đảng", "ab".repeat(300)];
    for (const text of odd) {
      expect(parseSearchQuery(text), text).not.toBeNull();
      const [found, foundDocuments] = [await items(text), await documents(text)];
      expect(found.total, text).toBe(found.rows.length);
      expect(foundDocuments.total, text).toBe(foundDocuments.rows.length);
    }
    expect((await items("🙂 đảng")).total).toBe(3);
    expect((await items("a | b")).total).toBe(0);
    // Still there after "x'; DROP TABLE items; --".
    expect((await items("dang")).total).toBe(3);
  });
});
