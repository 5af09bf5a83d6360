import "server-only";
import { db } from "@/lib/db";
import { createAudited } from "@/lib/server/audit/record-audit";
import { hashPassword } from "@/lib/server/auth/password";

// `npm run create-admin` (lib/runtime/create-admin.ts) asks the questions;
// these are the database's side of it. No actor: the command is run by
// whoever holds the server, before anyone can sign in.

/** Whether an account already uses this e-mail, in any letter case. */
export async function isEmailTaken(email: string): Promise<boolean> {
  return (await db.user.findFirst({ where: { email: { equals: email, mode: "insensitive" } }, select: { id: true } })) !== null;
}

/**
 * An administrator in the unit of that name (created at the top of the tree
 * when there is none), with the audit row that says how the account came to be.
 */
export async function createFirstAdministrator(input: { email: string; name: string; unitName: string; password: string }): Promise<{ id: number }> {
  const { email, name, unitName } = input;
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const unit =
      (await tx.unit.findFirst({ where: { name: unitName }, select: { id: true } })) ??
      (await tx.unit.create({ data: { name: unitName, kind: "COMMITTEE" }, select: { id: true } }));
    const insert = tx.user.create({
      data: { email, name, unitId: unit.id, position: "STAFF", roles: ["ADMINISTRATOR"], passwordHash },
      select: { id: true },
    });
    return createAudited(tx, insert, {
      action: "people.create",
      objectType: "user",
      details: () => ({ via: "create-admin", roles: ["ADMINISTRATOR"] }),
    });
  });
}
