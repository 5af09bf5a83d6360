import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Deactivates or reactivates a unit. A deactivated unit keeps its people and
 * items (quota history stays whole) but is no longer offered for new people.
 */
export async function setUnitActive({
  actorId,
  ip = null,
  unitId,
  isActive,
}: {
  actorId: number;
  ip?: string | null;
  unitId: number;
  isActive: boolean;
}) {
  return db.$transaction(async (tx) => {
    const before = await tx.unit.findUnique({ where: { id: unitId }, select: { isActive: true } });
    if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy đơn vị.");
    const unit = await tx.unit.update({ where: { id: unitId }, data: { isActive } });
    if (before.isActive !== isActive) {
      await recordAudit(
        {
          action: isActive ? "units.reactivate" : "units.deactivate",
          result: "SUCCESS",
          actorId,
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
