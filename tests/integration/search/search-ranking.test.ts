// Items and documents ranked on one scale, in one list, as in the demo
// content: "bạc" must not open with 35-NQ/TW (its summary says "phản bác"),
// and "dang uy" must not open with documents that match only through their
// issuing body ("Đảng ủy Khối").
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

// Outside Next there is no data cache: call the loader straight through.
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn }));

const database = setupTestDatabase();

/** The merged result list as a reader sees it: "item:<slug>" or "document:<số/ký hiệu>". */
async function results(text: string, page = 1): Promise<string[]> {
  const { searchSite } = await import("@/lib/server/search/search-site");
  const result = await searchSite(text, page);
  return (result?.hits ?? []).map((hit) => (hit.item ? `item:${hit.item.slug}` : `document:${hit.document.numberSymbolHtml.replace(/<\/?mark>/g, "")}`));
}

const ISSUER_ONLY = Array.from({ length: 14 }, (_, n) => `${n + 100}-KH/ĐUK`);

describe(`search ranking on ${database.kind}`, () => {
  beforeAll(async () => {
    const f = await import("@/tests/factories");
    const day = (n: number) => new Date(Date.UTC(2026, 10, n));
    await f.createPublishedItem({ title: "Học tập và làm theo gương Bác Hồ", slug: "guong-bac", publishedAt: day(1) });
    await f.createPublishedItem({
      title: "Cán bộ trẻ không màng tiền bạc, danh lợi",
      slug: "tien-bac",
      publishedAt: day(2),
    });
    await f.createPublishedItem({ title: "Đảng ủy Khối tổng kết công tác năm", slug: "dang-uy-tong-ket", publishedAt: day(3) });
    await f.createPublishedItem({
      title: "Hội nghị sơ kết công tác tuyên giáo",
      slug: "so-ket",
      lead: "Đảng ủy Khối chỉ đạo triển khai các nhiệm vụ trọng tâm.",
      publishedAt: day(4),
    });
    await f.createPublishedItem({
      title: "Chi bộ sinh hoạt chuyên đề",
      slug: "chi-bo",
      body: "Theo chỉ đạo của Đảng ủy cấp trên, chi bộ sinh hoạt chuyên đề hằng tháng.",
      publishedAt: day(5),
    });
    await f.createDocument({
      numberSymbol: "35-NQ/TW",
      type: "RESOLUTION",
      issuingBody: "Bộ Chính trị",
      issuedAt: new Date("2018-10-22"),
      summary:
        "Nghị quyết của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới",
    });
    // Newer than every item, so date alone would put them first.
    for (const [n, numberSymbol] of ISSUER_ONLY.entries()) {
      await f.createDocument({
        numberSymbol,
        issuingBody: "Ban Thường vụ Đảng ủy khối",
        issuedAt: new Date(Date.UTC(2026, 11, 1 + n)),
        summary: `Kế hoạch tuyên truyền chuyển đổi số đợt ${n + 1}`,
      });
    }
  });

  it('"bạc": the item with "bạc" as typed first, the "Bác" item next, 35-NQ/TW ("phản bác") after both', async () => {
    const list = await results("bạc");
    expect(list.slice(0, 2)).toEqual(["item:tien-bac", "item:guong-bac"]);
    expect(list).toContain("document:35-NQ/TW");
    const unaccented = await results("bac");
    // Title matches weigh more than a summary match of the same word.
    expect(unaccented.indexOf("document:35-NQ/TW")).toBeGreaterThan(unaccented.indexOf("item:guong-bac"));
    expect(unaccented.indexOf("document:35-NQ/TW")).toBeGreaterThan(unaccented.indexOf("item:tien-bac"));
  });

  it('"dang uy": items with the words in the title or lead first, documents matching only by issuer last', async () => {
    const list = await results("dang uy");
    expect(list.slice(0, 2)).toEqual(["item:dang-uy-tong-ket", "item:so-ket"]);
    const firstIssuerOnly = Math.min(...ISSUER_ONLY.map((n) => list.indexOf(`document:${n}`)).filter((i) => i >= 0));
    expect(firstIssuerOnly).toBeGreaterThan(list.indexOf("item:so-ket"));
    // Then the issuer-only documents and the body-only item, newest first (the documents are newer).
    const newestFirst = [...ISSUER_ONLY].reverse().map((n) => `document:${n}`);
    expect(list.slice(2)).toEqual(newestFirst.slice(0, 13));
    expect(await results("dang uy", 2)).toEqual([newestFirst[13], "item:chi-bo"]);
  });

  it("puts a document whose words are in its summary on the same scale as items", async () => {
    const list = await results("kế hoạch tuyên truyền");
    expect(list).toHaveLength(14);
    expect((await results("Đảng ủy")).slice(0, 2)).toEqual(["item:dang-uy-tong-ket", "item:so-ket"]);
    expect((await results("35-NQ/TW"))[0]).toBe("document:35-NQ/TW");
  });
});
