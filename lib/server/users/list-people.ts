import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Position, Role } from "@/lib/generated/prisma/enums";
import { PERSON_SELECT } from "@/lib/server/users/person-select";
import type { PeopleFilter } from "@/lib/validations/user";

export const PEOPLE_PAGE_SIZE = 25;

export type PersonRow = {
  id: number;
  name: string;
  email: string;
  position: Position;
  roles: Role[];
  isActive: boolean;
  lockedUntil: Date | null;
  lastSignInAt: Date | null;
  unit: { id: number; name: string };
};

/**
 * One page of people matching the filter, by name. The search ignores case
 * and diacritics ("nguyen van" finds "Nguyễn Văn") through search_fold().
 */
export async function listPeople(
  filter: PeopleFilter,
  page: number,
): Promise<{ people: PersonRow[]; total: number; pageCount: number }> {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      Prisma.sql`(search_fold(u.name) LIKE search_fold(${pattern}) OR lower(u.email) LIKE lower(${pattern}))`,
    );
  }
  if (filter.unitId) conditions.push(Prisma.sql`u.unit_id = ${filter.unitId}`);
  if (filter.role) conditions.push(Prisma.sql`${filter.role}::"Role" = ANY(u.roles)`);
  if (filter.position) conditions.push(Prisma.sql`u.position = ${filter.position}::"Position"`);
  if (filter.status === "active") conditions.push(Prisma.sql`u.is_active`);
  if (filter.status === "inactive") conditions.push(Prisma.sql`NOT u.is_active`);
  const where = Prisma.join(conditions, " AND ");

  const rows = await db.$queryRaw<{ id: number; total: bigint }[]>`
    SELECT u.id, count(*) OVER () AS total
      FROM users u
     WHERE ${where}
     ORDER BY search_fold(u.name), u.id
     LIMIT ${PEOPLE_PAGE_SIZE} OFFSET ${(page - 1) * PEOPLE_PAGE_SIZE}`;
  const total = rows.length > 0 ? Number(rows[0].total) : await countPeople(where);
  const ids = rows.map((row) => row.id);
  const found = await db.user.findMany({
    where: { id: { in: ids } },
    select: { ...PERSON_SELECT, lockedUntil: true, lastSignInAt: true },
  });
  const byId = new Map(found.map((person) => [person.id, person]));
  return {
    people: ids.flatMap((id) => byId.get(id) ?? []),
    total,
    pageCount: Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE)),
  };
}

// A page past the end returns no rows, and so no total: count separately.
async function countPeople(where: Prisma.Sql): Promise<number> {
  const [row] = await db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM users u WHERE ${where}`;
  return Number(row?.total ?? 0);
}
