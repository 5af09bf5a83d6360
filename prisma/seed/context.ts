// What one seeding step hands to the next: ids of the rows already written.
import type { Db } from "@/lib/db";
import type { Position, UnitKind } from "@/lib/generated/prisma/enums";
import type { DemoClock } from "./clock";
import type { PersonSeed } from "./text/people";
import type { SectionKey } from "./text/sections";

/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type SeededUnit = { id: number; key: string; name: string; kind: UnitKind; parentKey?: string };
export type SeededPerson = PersonSeed & { id: number; email: string; unitId: number; position: Position };
export type SeededImage = { id: number; name: string; key: string; alt: string; width: number; height: number };

export type SeedContext = {
  tx: Tx;
  clock: DemoClock;
  sections: Map<SectionKey, { id: number; name: string }>;
  units: Map<string, SeededUnit>;
  people: SeededPerson[];
  tags: Map<string, number>;
  images: Map<string, SeededImage>;
  /** Slugs already used by items, so new ones never collide. */
  itemSlugs: Set<string>;
};

export function personByEmail(context: SeedContext, email: string): SeededPerson {
  const person = context.people.find((candidate) => candidate.email === email);
  if (!person) throw new Error(`Demo person ${email} is missing`);
  return person;
}

export function personByName(context: SeedContext, name: string): SeededPerson {
  const person = context.people.find((candidate) => candidate.name === name);
  if (!person) throw new Error(`Demo person ${name} is missing`);
  return person;
}

/** Runs `write` over `rows` in slices, so no statement carries thousands of parameters. */
export async function inBatches<T, R>(rows: readonly T[], size: number, write: (batch: T[]) => Promise<R[]>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < rows.length; start += size) results.push(...(await write(rows.slice(start, start + size))));
  return results;
}
