// Builders for the activity report, section cadence and quota plan tests.
import { db } from "@/lib/db";
import type { Cadence, DocumentType, Position, PublicationStatus } from "@/lib/generated/prisma/client";
import { createDocument, createSection } from "@/tests/factories";

export async function createCadenceSection(input: { name?: string; cadence: Cadence; target: number; isVisible?: boolean; sortOrder?: number }) {
  const section = await createSection({ name: input.name, sortOrder: input.sortOrder });
  return db.section.update({
    where: { id: section.id },
    data: { cadence: input.cadence, cadenceTarget: input.target, isVisible: input.isVisible ?? true },
  });
}

export async function setViews(itemId: number, viewCount: number) {
  await db.item.update({ where: { id: itemId }, data: { viewCount } });
}

/**
 * Replaces a person's position history (the trigger wrote one spell at
 * creation, "now"): `spells` in any order; users.position and unit_id are
 * left as they are (tests read the spells).
 */
export async function setPositionHistory(userId: number, spells: { position: Position; unitId: number; validFrom: Date }[]) {
  await db.positionSpell.deleteMany({ where: { userId } });
  await db.positionSpell.createMany({ data: spells.map((spell) => ({ userId, ...spell })) });
}

/** A directive document published on the site at `publishedAt` (or a draft). */
export async function createDocumentAt(input: { type: DocumentType; publishedAt: Date; status?: PublicationStatus; createdById?: number }) {
  const status = input.status ?? "PUBLISHED";
  const document = await createDocument({ type: input.type, status, createdById: input.createdById });
  return db.directiveDocument.update({ where: { id: document.id }, data: { publishedAt: status === "PUBLISHED" ? input.publishedAt : null } });
}

type RuleInput = {
  position?: Position;
  unitKind?: "COMMITTEE" | "DEPARTMENT" | "MASS_ORGANISATION" | "GRASSROOTS" | "CELL";
  period?: "YEAR" | "MONTH";
  minNews?: number;
  minArticles?: number;
  minInDepth?: number;
  minAny?: number;
  note?: string;
};

/** A year's quota plan with person rules (position) and unit rules (unitKind). */
export async function createQuotaPlan(input: {
  year: number;
  name?: string;
  reference?: string | null;
  referenceDate?: Date | null;
  isArticleForNewsAllowed?: boolean;
  rules?: RuleInput[];
}) {
  return db.quotaPlan.create({
    data: {
      year: input.year,
      name: input.name ?? `Kế hoạch hoạt động Trang thông tin điện tử năm ${input.year}`,
      reference: input.reference === undefined ? "135-KH/ĐUK" : input.reference,
      referenceDate: input.referenceDate ?? null,
      isArticleForNewsAllowed: input.isArticleForNewsAllowed ?? false,
      rules: {
        create: (input.rules ?? []).map((rule) => ({
          subject: rule.position ? ("PERSON" as const) : ("UNIT" as const),
          position: rule.position ?? null,
          unitKind: rule.unitKind ?? null,
          period: rule.period ?? "YEAR",
          minNews: rule.minNews ?? 0,
          minArticles: rule.minArticles ?? 0,
          minInDepth: rule.minInDepth ?? 0,
          minAny: rule.minAny ?? 0,
          note: rule.note ?? null,
        })),
      },
    },
    include: { rules: true },
  });
}
