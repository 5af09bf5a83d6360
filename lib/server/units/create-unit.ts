import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { UnitCreateInput } from "@/lib/validations/unit";

/** Adds a unit at the end of its parent's children. */
export async function createUnit({ actorId, ip = null, input }: { actorId: number; ip?: string | null; input: UnitCreateInput }) {
  return db.$transaction(async (tx) => {
    if (input.parentId !== null) {
      const parent = await tx.unit.findUnique({ where: { id: input.parentId }, select: { id: true } });
      if (!parent) throw new AppError("NOT_FOUND", "Không tìm thấy đơn vị cấp trên.");
    }
    const last = await tx.unit.aggregate({ where: { parentId: input.parentId }, _max: { sortOrder: true } });
    const unit = await tx.unit.create({
      data: {
        name: input.name,
        shortName: input.shortName,
        kind: input.kind,
        parentId: input.parentId,
        sortOrder: (last._max.sortOrder ?? 0) + 1,
      },
    });
    await recordAudit(
      {
        action: "units.create",
        result: "SUCCESS",
        actorId,
        ip,
        objectType: "unit",
        objectId: unit.id,
        details: { name: unit.name, kind: unit.kind, parentId: unit.parentId },
      },
      tx,
    );
    return unit;
  });
}
