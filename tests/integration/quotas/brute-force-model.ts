// The counting rule, written again the slow and obvious way over plain rows,
// for tests/integration/quotas/brute-force.test.ts.
import type { ItemKind, ItemStatus, Position, UnitKind } from "@/lib/generated/prisma/enums";

export type World = {
  units: { id: number; kind: UnitKind; parentId: number | null }[];
  people: { id: number; isActive: boolean; spells: { position: Position; unitId: number; from: Date }[] }[];
  items: { id: number; status: ItemStatus; kind: ItemKind; isInDepth: boolean; publishedAt: Date | null; authors: number[] }[];
};

type Counts = { news: number; articles: number; inDepth: number; total: number };

const HOUR = 3_600_000;
/** Vietnam is UTC+7 all year. */
const vietnam = (date: Date) => new Date(date.getTime() + 7 * HOUR);

function add(counts: Counts | undefined, kind: ItemKind, isInDepth: boolean): Counts {
  const next = counts ?? { news: 0, articles: 0, inDepth: 0, total: 0 };
  const isArticle = kind === "ARTICLE";
  return {
    news: next.news + (isArticle ? 0 : 1),
    articles: next.articles + (isArticle ? 1 : 0),
    inDepth: next.inDepth + (isArticle && isInDepth ? 1 : 0),
    total: next.total + 1,
  };
}

export function bruteForceCounts(world: World, year: number, referenceDate: string, onlyActive: boolean) {
  const counted = world.items.filter(
    (item) => item.status === "PUBLISHED" && item.publishedAt !== null && vietnam(item.publishedAt).getUTCFullYear() === year && item.authors.length > 0,
  );
  // Positions held at any time on the reference day.
  const referenceEnd = new Date(new Date(`${referenceDate}T00:00:00Z`).getTime() + 24 * HOUR - 7 * HOUR);

  const people: Record<number, { position: Position; unitId: number } & Counts> = {};
  const itemsOf: Record<number, number[]> = {};
  for (const person of world.people) {
    if (onlyActive && !person.isActive) continue;
    const held = person.spells.filter((spell) => spell.from < referenceEnd).at(-1);
    if (!held) continue;
    let counts: Counts = { news: 0, articles: 0, inDepth: 0, total: 0 };
    const mine = counted.filter((item) => item.authors.includes(person.id));
    for (const item of mine) counts = add(counts, item.kind, item.isInDepth);
    people[person.id] = { position: held.position, unitId: held.unitId, ...counts };
    itemsOf[person.id] = mine.map((item) => item.id).sort((a, b) => a - b);
  }

  const parentOf = new Map(world.units.map((unit) => [unit.id, unit.parentId]));
  const ancestors = (unitId: number) => {
    const list: number[] = [];
    for (let id: number | null | undefined = unitId; id; id = parentOf.get(id)) list.push(id);
    return list;
  };
  const units: Record<number, Counts> = {};
  const unitMonths: Record<number, Record<number, number>> = {};
  for (const item of counted) {
    const credited = new Set<number>();
    for (const authorId of item.authors) {
      const spells = world.people.find((person) => person.id === authorId)!.spells;
      // The unit at publication; before the first recorded spell, the first one.
      const spell = spells.filter((candidate) => candidate.from <= item.publishedAt!).at(-1) ?? spells[0]!;
      for (const id of ancestors(spell.unitId)) credited.add(id);
    }
    const month = vietnam(item.publishedAt!).getUTCMonth() + 1;
    for (const id of credited) {
      units[id] = add(units[id], item.kind, item.isInDepth);
      unitMonths[id] = { ...unitMonths[id], [month]: (unitMonths[id]?.[month] ?? 0) + 1 };
    }
  }
  return { people, itemsOf, units, unitMonths, itemsCounted: counted.length };
}
