// Who writes what: the quota plan's positions write the kinds it asks of them
// (standing members in-depth articles, heads articles, staff news…), people
// of the unit a title names are likelier authors, and idle people write
// nothing this year so the quota report has unfinished rows.
import type { ItemKind, Position } from "@/lib/generated/prisma/enums";
import type { SeedContext, SeededPerson } from "./context";
import type { DemoItemContent } from "./item-content";
import type { Rng } from "./random";

type Weights = Record<Position, number>;

const BY_KIND: Record<"IN_DEPTH" | ItemKind, Weights> = {
  IN_DEPTH: { STANDING_MEMBER: 1.2, HEAD: 1, DEPUTY: 0.5, STAFF: 0.2, COLLABORATOR: 0.4 },
  ARTICLE: { STANDING_MEMBER: 0.2, HEAD: 1.2, DEPUTY: 1.1, STAFF: 0.5, COLLABORATOR: 0.9 },
  NEWS: { STANDING_MEMBER: 0, HEAD: 0.15, DEPUTY: 0.7, STAFF: 1.5, COLLABORATOR: 1.1 },
  PHOTO_STORY: { STANDING_MEMBER: 0, HEAD: 0, DEPUTY: 0.4, STAFF: 1.5, COLLABORATOR: 1 },
  VIDEO: { STANDING_MEMBER: 0, HEAD: 0, DEPUTY: 0.4, STAFF: 1.5, COLLABORATOR: 1 },
};

/** The units a title's unit stands for: itself and its chi bộ. */
function unitFamily(context: SeedContext, unitName: string | undefined): Set<number> {
  const ids = new Set<number>();
  if (!unitName) return ids;
  const unit = [...context.units.values()].find((candidate) => candidate.name === unitName);
  if (!unit) return ids;
  ids.add(unit.id);
  for (const child of context.units.values()) if (child.parentKey === unit.key) ids.add(child.id);
  return ids;
}

export function chooseAuthors(
  context: SeedContext,
  rng: Rng,
  content: Pick<DemoItemContent, "kind" | "isInDepth" | "mentionedUnit">,
  year: number,
): SeededPerson[] {
  const weights = BY_KIND[content.isInDepth ? "IN_DEPTH" : content.kind];
  const family = unitFamily(context, content.mentionedUnit);
  const weight = (person: SeededPerson) => {
    if (person.isIdleThisYear && year === context.clock.thisYear) return 0;
    return person.activity * weights[person.position] * (family.has(person.unitId) ? 6 : 1);
  };
  const first = rng.weighted(context.people, weight) ?? context.people.find((person) => person.activity > 0)!;
  const authors = [first];
  if (rng.chance(0.12)) {
    const colleagues = context.people.filter(
      (person) => person !== first && person.unitId === first.unitId && weight(person) > 0,
    );
    const second = rng.weighted(colleagues, (person) => person.activity);
    if (second) authors.push(second);
  }
  return authors;
}
