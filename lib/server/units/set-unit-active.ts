import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";
import { UNIT_MESSAGES } from "@/lib/units/messages";

/**
 * Deactivates or reactivates a unit. A deactivated unit keeps its people and
 * items (quota history stays whole) but is no longer offered for new people.
 */
export async function setUnitActive({
  actor,
  ip = null,
  unitId,
  isActive,
}: {
  actor: Actor;
  ip?: string | null;
  unitId: number;
  isActive: boolean;
}) {
  await authorize(actor, "units.manage", { ip });
  return db.$transaction(async (tx) => {
    const before = await tx.unit.findUnique({ where: { id: unitId }, select: { isActive: true } });
    if (!before) throw new AppError("NOT_FOUND", UNIT_MESSAGES.notFound);
    const unit = await tx.unit.update({ where: { id: unitId }, data: { isActive } });
    if (before.isActive !== isActive) {
      await recordAudit(
        {
          action: isActive ? "units.reactivate" : "units.deactivate",
          result: "SUCCESS",
          actorId: actor.id,
          ip,
          objectType: "unit",
          objectId: unitId,
          details: { name: unit.name },
        },
        tx,
      );
    }
    return unit;
  });
}
