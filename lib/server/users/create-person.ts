import "server-only";
import { createAudited } from "@/lib/server/audit/record-audit";
import { hashPassword } from "@/lib/server/auth/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { generateTemporaryPassword } from "@/lib/server/users/temporary-password";
import type { PersonCreateInput } from "@/lib/validations/user";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";
import { PEOPLE_MESSAGES } from "@/lib/users/messages";

/**
 * Creates an account with a temporary password, returned once so the
 * administrator can hand it over; the person must replace it at first sign-in.
 */
export async function createPerson({ actor, ip = null, input }: { actor: Actor; ip?: string | null; input: PersonCreateInput }) {
  await authorize(actor, "people.manage", { ip });
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  try {
    const person = await db.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
        throw new AppError("CONFLICT", PEOPLE_MESSAGES.emailTaken);
      }
      const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { isActive: true } });
      if (!unit?.isActive) throw new AppError("VALIDATION", PEOPLE_MESSAGES.unitInactive);
      const insert = tx.user.create({
        data: {
          name: input.name,
          email: input.email,
          position: input.position,
          unitId: input.unitId,
          roles: input.roles,
          passwordHash,
          mustChangePassword: true,
        },
        select: { id: true, name: true, email: true },
      });
      return createAudited(tx, insert, {
        action: "people.create",
        actorId: actor.id,
        ip,
        objectType: "user",
        details: () => ({ email: input.email, name: input.name, position: input.position, unitId: input.unitId, roles: input.roles }),
      });
    });
    return { person, temporaryPassword };
  } catch (error) {
    // Two administrators creating the same e-mail at once.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", PEOPLE_MESSAGES.emailTaken);
    }
    throw error;
  }
}
