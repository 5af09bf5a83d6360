import { recordAudit } from "@/lib/server/audit/record-audit";
import { hashPassword } from "@/lib/server/auth/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { generateTemporaryPassword } from "@/lib/server/users/temporary-password";
import type { PersonCreateInput } from "@/lib/validations/user";

const EMAIL_TAKEN = "Thư điện tử này đã có tài khoản.";

/**
 * Creates an account with a temporary password, returned once so the
 * administrator can hand it over; the person must replace it at first sign-in.
 */
export async function createPerson({ actorId, ip = null, input }: { actorId: number; ip?: string | null; input: PersonCreateInput }) {
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  try {
    const person = await db.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
        throw new AppError("CONFLICT", EMAIL_TAKEN);
      }
      const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { isActive: true } });
      if (!unit?.isActive) throw new AppError("VALIDATION", "Đơn vị đã chọn không còn hoạt động.");
      const created = await tx.user.create({
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
      await recordAudit(
        {
          action: "people.create",
          result: "SUCCESS",
          actorId,
          ip,
          objectType: "user",
          objectId: created.id,
          details: { email: input.email, name: input.name, position: input.position, unitId: input.unitId, roles: input.roles },
        },
        tx,
      );
      return created;
    });
    return { person, temporaryPassword };
  } catch (error) {
    // Two administrators creating the same e-mail at once.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", EMAIL_TAKEN);
    }
    throw error;
  }
}
