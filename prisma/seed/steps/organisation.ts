// Sections, the unit tree, people and tags.
import { hashPassword } from "@/lib/server/auth/password";
import { slugify } from "@/lib/content/slug";
import { addDays, vietnamDay, vietnamTime } from "../clock";
import type { SeedContext, SeededPerson, SeededUnit } from "../context";
import { DEMO_PASSWORD, PEOPLE } from "../text/people";
import { SECTIONS } from "../text/sections";
import { TAGS } from "../text/tags";
import { UNITS } from "../text/units";

export async function seedOrganisation(context: SeedContext): Promise<void> {
  const { tx, clock } = context;
  const createdAt = addDays(clock.start, -30);

  const sections = await tx.section.createManyAndReturn({
    data: SECTIONS.map((section, index) => ({
      slug: slugify(section.name),
      name: section.name,
      description: section.description,
      sortOrder: index + 1,
      cadence: section.cadence,
      cadenceTarget: section.cadenceTarget,
      createdAt,
      updatedAt: createdAt,
    })),
    select: { id: true, slug: true, name: true },
  });
  for (const section of SECTIONS) {
    const row = sections.find((candidate) => candidate.slug === section.key);
    if (!row) throw new Error(`Section slug mismatch for ${section.name}`);
    context.sections.set(section.key, { id: row.id, name: row.name });
  }

  // Parents before children: one statement per level of the tree.
  let level = UNITS.filter((unit) => !unit.parent);
  while (level.length) {
    const rows = await tx.unit.createManyAndReturn({
      data: level.map((unit) => ({
        name: unit.name,
        shortName: unit.shortName ?? null,
        kind: unit.kind,
        parentId: unit.parent ? context.units.get(unit.parent)!.id : null,
        sortOrder: UNITS.indexOf(unit) + 1,
        createdAt,
        updatedAt: createdAt,
      })),
      select: { id: true, name: true },
    });
    for (const unit of level) {
      const row = rows.find((candidate) => candidate.name === unit.name)!;
      const seeded: SeededUnit = { id: row.id, key: unit.key, name: unit.name, kind: unit.kind, parentKey: unit.parent };
      context.units.set(unit.key, seeded);
    }
    const keys = new Set(level.map((unit) => unit.key));
    level = UNITS.filter((unit) => unit.parent && keys.has(unit.parent));
  }

  // Every demo person signs in with the demo password (hashed once: argon2 is slow on purpose).
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const people = await tx.user.createManyAndReturn({
    data: PEOPLE.map((person) => ({
      email: person.email,
      name: person.name,
      position: person.position,
      unitId: context.units.get(person.unit)!.id,
      roles: person.roles,
      passwordHash,
      createdAt,
      updatedAt: createdAt,
    })),
    select: { id: true, email: true, unitId: true },
  });
  context.people = PEOPLE.map((person): SeededPerson => {
    const row = people.find((candidate) => candidate.email === person.email)!;
    return { ...person, id: row.id, unitId: row.unitId };
  });
  await seedPositionHistory(context, createdAt);

  const tags = await tx.tag.createManyAndReturn({
    data: Object.values(TAGS).map((name) => ({ slug: slugify(name), name })),
    select: { id: true, name: true },
  });
  for (const tag of tags) context.tags.set(tag.name, tag.id);
}

/**
 * Position history for the quota report: the users trigger opened each
 * person's spell at the seed's own time; everyone has held their position
 * since before last year, and `promotedFrom` people were promoted on
 * 1 July this year (or today, when the seed runs before July).
 */
async function seedPositionHistory(context: SeedContext, since: Date): Promise<void> {
  const { tx, clock } = context;
  const ids = context.people.map((person) => person.id);
  await tx.positionSpell.updateMany({ where: { userId: { in: ids } }, data: { validFrom: since } });
  const today = vietnamDay(clock.now);
  const julyFirst = vietnamTime(clock.thisYear, 7, 1);
  const promotedOn = julyFirst <= clock.now ? julyFirst : vietnamTime(today.year, today.month, today.day);
  for (const person of context.people.filter((candidate) => candidate.promotedFrom)) {
    await tx.positionSpell.updateMany({ where: { userId: person.id }, data: { position: person.promotedFrom } });
    await tx.positionSpell.create({ data: { userId: person.id, position: person.position, unitId: person.unitId, validFrom: promotedOn } });
  }
}
