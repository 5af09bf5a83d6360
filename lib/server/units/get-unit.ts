import "server-only";
import { db } from "@/lib/db";
import { unitHoldingsSelect } from "@/lib/server/units/unit-holdings-select";

/** A unit for its edit page, with what it holds; null when unknown. */
export async function getUnit(unitId: number) {
  return db.unit.findUnique({
    where: { id: unitId },
    select: { ...unitHoldingsSelect, parent: { select: { id: true, name: true } } },
  });
}
