// "Publicly visible" is written once per kind of content, as a Prisma where,
// as SQL and (for section links) as the trigger-kept item_sections column
// (lib/server/items/public/public-item.ts, lib/server/documents/public-document.ts).
// Pages and feeds use one form, search and reports the other: on a mixed set
// of rows, every form must pick exactly the same ones.
import { describe, expect, it } from "vitest";
import type { ItemStatus, PublicationStatus } from "@/lib/generated/prisma/enums";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

setupTestDatabase();

const load = () =>
  loadWith(import("@/lib/server/items/public/public-item"), import("@/lib/server/documents/public-document"));

const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
const HOUR = 3_600_000;

describe("the public predicates", () => {
  it("items: the Prisma where, the SQL and the section links select the same rows", async () => {
    const t = await load();
    const { db } = t;
    const author = await t.createUser();
    const section = await t.createSection();
    const past = new Date(Date.now() - 48 * HOUR);
    const rows: { status: ItemStatus; publishedAt: Date | null; scheduledAt?: Date; isPublic: boolean }[] = [
      { status: "DRAFT", publishedAt: null, isPublic: false },
      { status: "SUBMITTED", publishedAt: null, isPublic: false },
      { status: "RETURNED", publishedAt: null, isPublic: false },
      { status: "FORWARDED", publishedAt: null, isPublic: false },
      { status: "REJECTED", publishedAt: null, isPublic: false },
      // Approved for later: not public until the scheduler publishes it.
      { status: "SCHEDULED", publishedAt: null, scheduledAt: new Date(Date.now() + 24 * HOUR), isPublic: false },
      // Sent back after a take-down: it keeps its first publication date.
      { status: "SUBMITTED", publishedAt: past, isPublic: false },
      { status: "PUBLISHED", publishedAt: past, isPublic: true },
      { status: "PUBLISHED", publishedAt: new Date(), isPublic: true },
      // A broken row (no date): never shown, in any form.
      { status: "PUBLISHED", publishedAt: null, isPublic: false },
      { status: "UNPUBLISHED", publishedAt: past, isPublic: false },
    ];
    const created = [];
    for (const row of rows) {
      const item = await t.createItem({ status: row.status, publishedAt: row.publishedAt, authorIds: [author.id], sectionIds: [section.id] });
      if (row.scheduledAt) await db.item.update({ where: { id: item.id }, data: { scheduledAt: row.scheduledAt } });
      created.push({ id: item.id, isPublic: row.isPublic });
    }
    const ids = created.map((row) => row.id);
    const expected = sorted(created.filter((row) => row.isPublic).map((row) => row.id));

    const byPrisma = await db.item.findMany({ where: { id: { in: ids }, ...t.publicItemWhere }, select: { id: true } });
    const bySql = await db.$queryRaw<{ id: number }[]>`SELECT i.id FROM items i WHERE i.id = ANY(${ids}::int[]) AND ${t.publicItemSql("i")}`;
    const bySqlAlias = await db.$queryRaw<{ id: number }[]>`SELECT x.id FROM items x WHERE x.id = ANY(${ids}::int[]) AND ${t.publicItemSql("x")}`;
    const byLinkPrisma = await db.itemSection.findMany({ where: { sectionId: section.id, ...t.publicItemSectionWhere }, select: { itemId: true } });
    const byLinkSql = await db.$queryRaw<{ id: number }[]>`
      SELECT l.item_id AS id FROM item_sections l WHERE l.section_id = ${section.id} AND ${t.publicItemSectionSql("l")}`;

    expect(sorted(byPrisma.map((row) => row.id))).toEqual(expected);
    expect(sorted(bySql.map((row) => row.id))).toEqual(expected);
    expect(sorted(bySqlAlias.map((row) => row.id))).toEqual(expected);
    expect(sorted(byLinkPrisma.map((row) => row.itemId))).toEqual(expected);
    expect(sorted(byLinkSql.map((row) => row.id))).toEqual(expected);

    // The links follow a change of status (the trigger), like the where does.
    const [first] = expected;
    await db.item.update({ where: { id: first }, data: { status: "UNPUBLISHED" } });
    const afterPrisma = await db.item.findMany({ where: { id: { in: ids }, ...t.publicItemWhere }, select: { id: true } });
    const afterLinks = await db.itemSection.findMany({ where: { sectionId: section.id, ...t.publicItemSectionWhere }, select: { itemId: true } });
    expect(sorted(afterPrisma.map((row) => row.id))).toEqual(expected.slice(1));
    expect(sorted(afterLinks.map((row) => row.itemId))).toEqual(expected.slice(1));

    expect(() => t.publicItemSql("i; DROP TABLE items")).toThrow();
  });

  it("documents: the Prisma where, the SQL and the check on a read row select the same rows", async () => {
    const t = await load();
    const { db } = t;
    const rows: { status: PublicationStatus; publishedAt: Date | null; isPublic: boolean }[] = [
      { status: "DRAFT", publishedAt: null, isPublic: false },
      { status: "PUBLISHED", publishedAt: new Date(Date.now() - 48 * HOUR), isPublic: true },
      { status: "PUBLISHED", publishedAt: new Date(), isPublic: true },
      // Taken down: the first publication date stays, the document is no longer public.
      { status: "UNPUBLISHED", publishedAt: new Date(Date.now() - 48 * HOUR), isPublic: false },
      // Never reachable through the use cases, but the forms must still agree on it.
      { status: "DRAFT", publishedAt: new Date(Date.now() - 48 * HOUR), isPublic: false },
    ];
    const created = [];
    for (const row of rows) {
      const document = await t.createDocument({ status: row.status });
      await db.directiveDocument.update({ where: { id: document.id }, data: { publishedAt: row.publishedAt } });
      created.push({ id: document.id, isPublic: row.isPublic });
    }
    const ids = created.map((row) => row.id);
    const expected = sorted(created.filter((row) => row.isPublic).map((row) => row.id));

    const byPrisma = await db.directiveDocument.findMany({ where: { id: { in: ids }, ...t.publicDocumentWhere }, select: { id: true } });
    const bySql = await db.$queryRaw<{ id: number }[]>`
      SELECT d.id FROM directive_documents d WHERE d.id = ANY(${ids}::int[]) AND ${t.publicDocumentSql("d")}`;
    const read = await db.directiveDocument.findMany({ where: { id: { in: ids } }, select: { id: true, status: true } });

    expect(sorted(byPrisma.map((row) => row.id))).toEqual(expected);
    expect(sorted(bySql.map((row) => row.id))).toEqual(expected);
    expect(sorted(read.filter((row) => t.isPublicDocument(row)).map((row) => row.id))).toEqual(expected);
    expect(() => t.publicDocumentSql("d) OR (true")).toThrow();
  });
});
