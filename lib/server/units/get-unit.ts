import "server-only";
import { db } from "@/lib/db";

/** A unit for its edit page, with what it holds; null when unknown. */
export async function getUnit(unitId: number) {
  return db.unit.findUnique({
    where: { id: unitId },
    select: {
      id: true,
      name: true,
      shortName: true,
      kind: true,
      parentId: true,
      isActive: true,
      parent: { select: { id: true, name: true } },
      _count: { select: { people: true, items: true, children: true } },
    },
  });
}
