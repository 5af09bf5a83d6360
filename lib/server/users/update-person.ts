import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { changedFields } from "@/lib/audit/changed-fields";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { revokeAllSessions } from "@/lib/server/users/revoke-sessions";
import type { PersonUpdateInput } from "@/lib/validations/user";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";
import { PEOPLE_MESSAGES } from "@/lib/users/messages";

// What the audit rows compare before and after.
const AUDITED_SELECT = { id: true, name: true, position: true, unitId: true, roles: true } as const;

const sameRoles = (a: readonly Role[], b: readonly Role[]) => a.length === b.length && a.every((role) => b.includes(role));

/**
 * Changes a person's name, position, unit and roles. A change of roles ends
 * their sessions (they sign in again with the new rights). Administrators
 * cannot take the administrator role from themselves: the system must never
 * be left without someone able to give it back.
 */
export async function updatePerson({ actor, ip = null, input }: { actor: Actor; ip?: string | null; input: PersonUpdateInput }) {
  await authorize(actor, "people.manage", { ip });
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({
      where: { id: input.userId },
      select: AUDITED_SELECT,
    });
    if (!before) throw new AppError("NOT_FOUND", PEOPLE_MESSAGES.notFound);
    if (input.userId === actor.id && before.roles.includes("ADMINISTRATOR") && !input.roles.includes("ADMINISTRATOR")) {
      throw new AppError("VALIDATION", PEOPLE_MESSAGES.cannotDropOwnAdmin);
    }
    if (input.unitId !== before.unitId) {
      const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { isActive: true } });
      if (!unit?.isActive) throw new AppError("VALIDATION", PEOPLE_MESSAGES.unitInactive);
    }
    const rolesChanged = !sameRoles(before.roles, input.roles);
    const person = await tx.user.update({
      where: { id: input.userId },
      data: {
        name: input.name,
        position: input.position,
        unitId: input.unitId,
        roles: input.roles,
      },
      select: AUDITED_SELECT,
    });
    if (rolesChanged) {
      // Their sessions end in this same transaction: no window with old rights.
      await revokeAllSessions({ userId: person.id, reason: "roles-changed", actorId: actor.id, tx });
      await recordAudit(
        {
          action: "people.update-roles",
          result: "SUCCESS",
          actorId: actor.id,
          ip,
          objectType: "user",
          objectId: person.id,
          details: { from: before.roles, to: person.roles },
        },
        tx,
      );
    }
    const { changed, from, to } = changedFields(before, person, ["name", "position", "unitId"] as const);
    if (changed.length > 0) {
      await recordAudit({ action: "people.update", result: "SUCCESS", actorId: actor.id, ip, objectType: "user", objectId: person.id, details: { from, to } }, tx);
    }
    return person;
  });
}
