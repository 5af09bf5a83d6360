import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A unit as the back office lists and edits it: its fields and how many people, items and child units it holds. */
export const unitHoldingsSelect = {
  id: true,
  name: true,
  shortName: true,
  kind: true,
  parentId: true,
  isActive: true,
  _count: { select: { people: true, items: true, children: true } },
} as const satisfies Prisma.UnitSelect;
