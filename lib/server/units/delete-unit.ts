import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";
import { UNIT_MESSAGES } from "@/lib/units/messages";

/**
 * Deletes a unit created by mistake. Only an empty one: a unit with people,
 * items or units under it is history (quotas, bylines) and can only be
 * deactivated. The foreign keys refuse it too; this gives the reason.
 */
export async function deleteUnit({ actor, ip = null, unitId }: { actor: Actor; ip?: string | null; unitId: number }) {
  await authorize(actor, "units.manage", { ip });
  await db.$transaction(async (tx) => {
    const unit = await tx.unit.findUnique({
      where: { id: unitId },
      select: { name: true, _count: { select: { people: true, items: true, children: true } } },
    });
    if (!unit) throw new AppError("NOT_FOUND", UNIT_MESSAGES.notFound);
    const { people, items, children } = unit._count;
    if (people > 0 || items > 0 || children > 0) {
      throw new AppError("CONFLICT", UNIT_MESSAGES.notEmpty);
    }
    await tx.unit.delete({ where: { id: unitId } });
    await recordAudit(
      { action: "units.delete", result: "SUCCESS", actorId: actor.id, ip, objectType: "unit", objectId: unitId, details: { name: unit.name } },
      tx,
    );
  });
}
