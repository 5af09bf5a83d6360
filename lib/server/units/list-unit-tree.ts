import "server-only";
import { db } from "@/lib/db";
import { unitHoldingsSelect } from "@/lib/server/units/unit-holdings-select";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import { flattenTree, type Flattened } from "@/lib/units/unit-tree";

export type UnitTreeRow = Flattened<{
  id: number;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  parentId: number | null;
  sortOrder: number;
  isActive: boolean;
  peopleCount: number;
  itemCount: number;
  childCount: number;
}>;

/** Every unit, active or not, in tree order with its depth and what it holds. */
export async function listUnitTree(): Promise<UnitTreeRow[]> {
  const units = await db.unit.findMany({ select: { ...unitHoldingsSelect, sortOrder: true } });
  return flattenTree(
    units.map(({ _count, ...unit }) => ({
      ...unit,
      peopleCount: _count.people,
      itemCount: _count.items,
      childCount: _count.children,
    })),
  );
}

export type UnitOption = { id: number; label: string; isActive: boolean };

/** Units for a <select>, indented by depth ("— — Chi bộ …"). */
export async function listUnitOptions({ activeOnly = true }: { activeOnly?: boolean } = {}): Promise<UnitOption[]> {
  const units = await db.unit.findMany({
    select: { id: true, name: true, parentId: true, sortOrder: true, isActive: true },
  });
  return flattenTree(units)
    .filter((unit) => !activeOnly || unit.isActive)
    .map((unit) => ({
      id: unit.id,
      label: `${"— ".repeat(unit.depth)}${unit.name}${unit.isActive ? "" : " (ngừng hoạt động)"}`,
      isActive: unit.isActive,
    }));
}
