import "server-only";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

// The tables whose rows a use case locks by id. A closed list: the name is
// spliced into the SQL, so it must never come from a caller's string.
const LOCKABLE_TABLES = {
  items: Prisma.raw("items"),
  directive_documents: Prisma.raw("directive_documents"),
  campaigns: Prisma.raw("campaigns"),
} as const;

export type LockableTable = keyof typeof LOCKABLE_TABLES;

/**
 * Inside a transaction: takes the row's lock (SELECT … FOR UPDATE) until the
 * transaction ends, so two writes to the same row queue up and the second
 * reads what the first left. Throws NOT_FOUND with the caller's message when
 * there is no such row (say, deleted a moment ago).
 */
export async function lockRow(tx: Prisma.TransactionClient, table: LockableTable, id: number, notFoundMessage: string): Promise<void> {
  const locked = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM ${LOCKABLE_TABLES[table]} WHERE id = ${id} FOR UPDATE`;
  if (locked.length === 0) throw new AppError("NOT_FOUND", notFoundMessage);
}
