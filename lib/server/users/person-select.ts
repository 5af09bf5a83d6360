import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The fields every view of a person starts from (the signed-in user, the
 * people list, the edit page): who they are, their roles and unit, and
 * whether they may sign in. Views add what only they show.
 */
export const PERSON_SELECT = {
  id: true,
  name: true,
  email: true,
  position: true,
  roles: true,
  isActive: true,
  unit: { select: { id: true, name: true } },
} as const satisfies Prisma.UserSelect;
