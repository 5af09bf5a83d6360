import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { UnitRenameInput } from "@/lib/validations/unit";

/** Renames a unit (name, short name, kind); people and items follow by id. */
export async function updateUnit({ actorId, ip = null, input }: { actorId: number; ip?: string | null; input: UnitRenameInput }) {
  return db.$transaction(async (tx) => {
    const before = await tx.unit.findUnique({ where: { id: input.unitId } });
    if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy đơn vị.");
    const unit = await tx.unit.update({
      where: { id: input.unitId },
      data: { name: input.name, shortName: input.shortName, kind: input.kind },
    });
    await recordAudit(
      {
        action: "units.rename",
        result: "SUCCESS",
        actorId,
        ip,
        objectType: "unit",
        objectId: unit.id,
        details: {
          from: { name: before.name, shortName: before.shortName, kind: before.kind },
          to: { name: unit.name, shortName: unit.shortName, kind: unit.kind },
        },
      },
      tx,
    );
    return unit;
  });
}
