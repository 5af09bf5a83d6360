// The init migration's hand-written SQL: the unaccent wrapper, the generated
// search vectors and the trigger that keeps item_sections.published_at in step.
import { describe, expect, it } from "vitest";
import { PRISMA_CLI, runNode } from "@/lib/runtime/commands";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

const database = setupTestDatabase();

const load = () => loadWith();

describe(`schema on ${database.kind}`, () => {
  it("applies every migration cleanly", async () => {
    const { db } = await load();
    const rows = await db.$queryRaw<{ applied: bigint; failed: bigint }[]>`
      SELECT count(*) FILTER (WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL) AS applied,
             count(*) FILTER (WHERE finished_at IS NULL) AS failed
        FROM _prisma_migrations`;
    expect(Number(rows[0].applied)).toBeGreaterThan(0);
    expect(Number(rows[0].failed)).toBe(0);
  });

  // The diff replays the migrations into a shadow database; PGlite serves a
  // single database, so only the native server can host the shadow.
  it.runIf(database.kind === "native")("has migrations that match prisma/schema.prisma", async () => {
    const output = await runNode(
      PRISMA_CLI,
      ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--exit-code"],
      { env: { DATABASE_URL: database.url }, quiet: true },
    ).catch((error: Error) => error.message);
    expect(output).toContain("No difference detected");
  });

  it("folds Vietnamese to unaccented lower case", async () => {
    const { db } = await load();
    const rows = await db.$queryRaw<{ folded: string }[]>`SELECT search_fold('Theo gương Bác Đảng ủy') AS folded`;
    expect(rows[0].folded).toBe("theo guong bac dang uy");
  });

  it("regenerates the search vector when the title changes", async () => {
    const { db, createPublishedItem } = await load();
    const item = await createPublishedItem({ title: "Học tập và làm theo tư tưởng" });
    const matches = (query: string) =>
      db.$queryRaw<{ id: number }[]>`
        SELECT id FROM items WHERE id = ${item.id}
           AND search_vector @@ plainto_tsquery('simple', search_fold(${query}))`;
    expect(await matches("tu tuong")).toHaveLength(1);
    expect(await matches("guong bac")).toHaveLength(0);
    await db.item.update({ where: { id: item.id }, data: { title: "Theo gương Bác Hồ" } });
    expect(await matches("guong bac")).toHaveLength(1);
    expect(await matches("Gương Bác")).toHaveLength(1);
  });

  it("keeps item_sections.published_at in step with publishing", async () => {
    const { db, createSection, createDraftItem } = await load();
    const [first, second] = [await createSection(), await createSection()];
    const item = await createDraftItem({ sectionIds: [first.id, second.id] });
    const sectionDates = async () =>
      (await db.itemSection.findMany({ where: { itemId: item.id }, orderBy: { sectionId: "asc" } })).map(
        (row) => row.publishedAt?.toISOString() ?? null,
      );
    expect(await sectionDates()).toEqual([null, null]);

    const publishedAt = new Date("2026-11-20T02:00:00Z");
    await db.item.update({ where: { id: item.id }, data: { status: "PUBLISHED", publishedAt } });
    expect(await sectionDates()).toEqual([publishedAt.toISOString(), publishedAt.toISOString()]);

    const corrected = new Date("2026-11-21T02:00:00Z");
    await db.item.update({ where: { id: item.id }, data: { publishedAt: corrected } });
    expect(await sectionDates()).toEqual([corrected.toISOString(), corrected.toISOString()]);

    // A section added later copies the date on insert.
    const third = await createSection();
    await db.itemSection.create({ data: { itemId: item.id, sectionId: third.id } });
    expect(await sectionDates()).toEqual(Array(3).fill(corrected.toISOString()));

    await db.item.update({ where: { id: item.id }, data: { status: "UNPUBLISHED" } });
    expect(await sectionDates()).toEqual([null, null, null]);
  });

  it("searches directive documents by number/symbol without diacritics", async () => {
    const { db, createDocument } = await load();
    const document = await createDocument({ numberSymbol: "91-KH/ĐUK", summary: "Kế hoạch tuyên truyền" });
    const rows = await db.$queryRaw<{ id: number }[]>`
      SELECT id FROM directive_documents
       WHERE replace(search_fold(number_symbol), ' ', '') LIKE '%' || search_fold(${"91-KH/DUK"}) || '%'`;
    expect(rows.map((row) => row.id)).toContain(document.id);
  });
});
