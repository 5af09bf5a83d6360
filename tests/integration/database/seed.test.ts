// The demo content the first embedded start loads (prisma/seed, owned by
// "seed"): enough of everything for the public site to look real, some of it
// not public, and a second run that changes nothing.
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

const database = setupTestDatabase();
const SEED_TIMEOUT = 10 * 60_000;

async function counts() {
  const { db } = await import("@/lib/db");
  const [items, sections, documents, people, units] = await Promise.all([
    db.item.count(),
    db.section.count(),
    db.directiveDocument.count(),
    db.user.count(),
    db.unit.count(),
  ]);
  return { items, sections, documents, people, units };
}

describe(`demo seed on ${database.kind}`, () => {
  it(
    "fills an empty database with sections, people, items and documents",
    async () => {
      const { seedDemoIfEmpty } = await import("@/prisma/seed");
      const { db } = await import("@/lib/db");
      await seedDemoIfEmpty();

      const sections = await db.section.findMany({ orderBy: { sortOrder: "asc" } });
      expect(sections.length).toBeGreaterThanOrEqual(8);
      expect(sections.map((s) => s.slug)).toContain("theo-guong-bac");
      expect(sections.map((s) => s.name)).toContain("Theo gương Bác");

      const published = await db.item.count({ where: { status: "PUBLISHED", publishedAt: { not: null } } });
      expect(published).toBeGreaterThanOrEqual(300);
      // Every section has more than one page (20 a page) of public items.
      for (const section of sections.filter((s) => s.isVisible)) {
        const inSection = await db.itemSection.count({ where: { sectionId: section.id, publishedAt: { not: null } } });
        expect(inSection, section.slug).toBeGreaterThan(20);
      }
      const withCover = await db.item.count({ where: { status: "PUBLISHED", coverImageId: { not: null } } });
      expect(withCover).toBeGreaterThan(0);

      const nonPublic = await db.item.groupBy({ by: ["status"], where: { status: { not: "PUBLISHED" } }, _count: true });
      const statuses = nonPublic.map((row) => row.status);
      for (const status of ["DRAFT", "SUBMITTED", "RETURNED", "FORWARDED", "SCHEDULED", "REJECTED", "UNPUBLISHED"] as const) {
        expect(statuses, status).toContain(status);
      }

      const documents = await db.directiveDocument.count({ where: { status: "PUBLISHED" } });
      expect(documents).toBeGreaterThanOrEqual(20);
      const plan = await db.directiveDocument.findFirst({
        where: { numberSymbol: "91-KH/ĐUK" },
        include: { files: { include: { mediaFile: true } } },
      });
      expect(plan?.status).toBe("PUBLISHED");
      expect(plan?.files.some((file) => file.mediaFile.mimeType === "application/pdf")).toBe(true);

      expect(await db.user.count()).toBeGreaterThanOrEqual(40);
      const positions = new Set((await db.user.findMany({ select: { position: true } })).map((u) => u.position));
      for (const position of ["STANDING_MEMBER", "HEAD", "DEPUTY", "STAFF", "COLLABORATOR"] as const) {
        expect(positions, position).toContain(position);
      }
      expect(await db.campaign.count()).toBeGreaterThanOrEqual(1);
    },
    SEED_TIMEOUT,
  );

  it(
    "does nothing the second time",
    async () => {
      const { seedDemoIfEmpty } = await import("@/prisma/seed");
      const before = await counts();
      expect(before.items).toBeGreaterThan(0);
      await seedDemoIfEmpty();
      expect(await counts()).toEqual(before);
    },
    SEED_TIMEOUT,
  );
});
