// The document library, feeds and sitemap read only what is public.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { parseDocumentFilters } from "@/lib/documents/document-filters";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

// Outside Next there is no data cache: call the loaders straight through.
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn }));

const database = setupTestDatabase();

describe(`public lists on ${database.kind}`, () => {
  beforeAll(async () => {
    const f = await import("@/tests/factories");
    const section = await f.createSection({ name: "Theo gương Bác", slug: "theo-guong-bac" });
    await f.createPublishedItem({ title: "Tin đã đăng", slug: "tin-da-dang", sectionIds: [section.id] });
    await f.createDraftItem({ title: "Tin nháp", slug: "tin-nhap", sectionIds: [section.id] });
    await f.createDocument({ numberSymbol: "91-KH/ĐUK", issuedAt: new Date("2019-02-28"), issuingBody: "Đảng ủy Khối" });
    await f.createDocument({ numberSymbol: "17-ĐA/TU", type: "SCHEME", issuedAt: new Date("2021-01-15"), issuingBody: "Tỉnh ủy" });
    await f.createDocument({ numberSymbol: "99-NQ/ĐUK", type: "RESOLUTION", status: "DRAFT" });
  });

  it("lists published documents newest first, filtered by type, body, year and số/ký hiệu", async () => {
    const { listPublishedDocuments } = await import("@/lib/server/documents/list-published-documents");
    const list = async (params: Record<string, string>) =>
      (await listPublishedDocuments(parseDocumentFilters(params), 1)).documents.map((d) => d.numberSymbol);
    expect(await list({})).toEqual(["17-ĐA/TU", "91-KH/ĐUK"]);
    expect(await list({ loai: "SCHEME" })).toEqual(["17-ĐA/TU"]);
    expect(await list({ "co-quan": "Đảng ủy Khối" })).toEqual(["91-KH/ĐUK"]);
    expect(await list({ nam: "2019" })).toEqual(["91-KH/ĐUK"]);
    expect(await list({ q: "91 kh" })).toEqual(["91-KH/ĐUK"]);
    expect(await list({ q: "17-DA/TU" })).toEqual(["17-ĐA/TU"]);
    expect(await list({ q: "99-NQ" })).toEqual([]);
    expect(await list({ q: "???" })).toEqual([]);
  });

  it("offers filter options from published documents only", async () => {
    const { getDocumentFilterOptions } = await import("@/lib/server/documents/get-document-filter-options");
    expect(await getDocumentFilterOptions()).toEqual({
      types: ["PLAN", "SCHEME"],
      issuingBodies: ["Đảng ủy Khối", "Tỉnh ủy"],
      years: [2021, 2019],
    });
  });

  it("keeps drafts out of feeds and the sitemap", async () => {
    const { listFeedItems } = await import("@/lib/server/feeds/list-feed-items");
    const { listSitemapEntries } = await import("@/lib/server/feeds/list-sitemap-entries");
    const section = (await import("@/lib/db")).db.section.findUniqueOrThrow({ where: { slug: "theo-guong-bac" } });
    expect((await listFeedItems(null)).map((i) => i.slug)).toEqual(["tin-da-dang"]);
    expect((await listFeedItems((await section).id)).map((i) => i.sectionNames)).toEqual([["Theo gương Bác"]]);
    const entries = await listSitemapEntries();
    expect(entries.items.map((i) => i.slug)).toEqual(["tin-da-dang"]);
    expect(entries.documents).toHaveLength(2);
    expect(entries.sections.find((s) => s.slug === "theo-guong-bac")?.lastModified).not.toBeNull();
  });
});
