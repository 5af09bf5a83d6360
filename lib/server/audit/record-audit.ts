import "server-only";
import { db } from "@/lib/db";
import type { AuditResult, Prisma } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  action: string; // e.g. "auth.sign-in", "people.update-roles", "units.move"
  result: AuditResult;
  actorId?: number | null;
  objectType?: string;
  objectId?: string | number;
  ip?: string | null;
  /** What changed; never passwords, hashes, TOTP secrets or tokens. */
  details?: Prisma.InputJsonValue;
};

// `db` or the `tx` of an interactive transaction (their types differ).
type Writer = { auditLog: { create(args: { data: Prisma.AuditLogUncheckedCreateInput }): Promise<unknown> } };

/**
 * Appends one row to the audit log. Pass `tx` to write it in the same
 * transaction as the change it records.
 */
export async function recordAudit(entry: AuditEntry, tx: Writer = db): Promise<void> {
  await tx.auditLog.create({
    data: {
      action: entry.action,
      result: entry.result,
      actorId: entry.actorId ?? null,
      objectType: entry.objectType,
      objectId: entry.objectId === undefined ? undefined : String(entry.objectId),
      ip: entry.ip ?? null,
      details: entry.details,
    },
  });
}

/**
 * Inserts a row and, in the same transaction, the audit entry that names it:
 * the entry needs the new id, so it always comes second. Returns the row.
 */
export async function createAudited<Row extends { id: number }>(
  tx: Writer,
  insert: PromiseLike<Row>,
  audit: Omit<AuditEntry, "result" | "objectId" | "details"> & { details: (row: Row) => Prisma.InputJsonValue },
): Promise<Row> {
  const row = await insert;
  await recordAudit({ ...audit, result: "SUCCESS", objectId: row.id, details: audit.details(row) }, tx);
  return row;
}
