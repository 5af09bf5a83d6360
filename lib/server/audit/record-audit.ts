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
