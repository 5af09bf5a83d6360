import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditFilter } from "@/lib/validations/audit";

export const AUDIT_PAGE_SIZE = 50;

// Vietnam has no daylight saving time: a calendar day there is always +07:00.
const startOfVietnamDay = (isoDay: string) => new Date(`${isoDay}T00:00:00+07:00`);
const DAY_MS = 24 * 60 * 60 * 1000;

export function auditWhere(filter: AuditFilter): Prisma.AuditLogWhereInput {
  const at: Prisma.DateTimeFilter = {};
  if (filter.from) at.gte = startOfVietnamDay(filter.from);
  if (filter.to) at.lt = new Date(startOfVietnamDay(filter.to).getTime() + DAY_MS);
  return {
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.from || filter.to ? { at } : {}),
  };
}

/** One page of the audit log, newest first. */
export async function listAuditLog(filter: AuditFilter, page: number) {
  const where = auditWhere(filter);
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        at: true,
        action: true,
        objectType: true,
        objectId: true,
        ip: true,
        result: true,
        details: true,
        actor: { select: { id: true, name: true, email: true } },
      },
    }),
    db.auditLog.count({ where }),
  ]);
  return {
    entries: rows.map((row) => ({ ...row, id: row.id.toString() })),
    total,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}

export type AuditEntryRow = Awaited<ReturnType<typeof listAuditLog>>["entries"][number];

/** The choices of the viewer's filters: actions seen so far and everyone who acted. */
export async function listAuditFilterOptions() {
  const [actions, actors] = await Promise.all([
    db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db.user.findMany({ select: { id: true, name: true, email: true }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
  ]);
  return { actions: actions.map((row) => row.action), actors };
}
