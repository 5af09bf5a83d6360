import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { wouldCreateCycle } from "@/lib/units/unit-tree";
import type { UnitMoveInput } from "@/lib/validations/unit";

/** Puts a unit under a new parent (or at the root); never below itself. */
export async function moveUnit({ actorId, ip = null, input }: { actorId: number; ip?: string | null; input: UnitMoveInput }) {
  return db.$transaction(async (tx) => {
    // Two concurrent moves could each pass the cycle check and together make
    // a loop: moves run one at a time (readers are not blocked).
    await tx.$executeRaw`LOCK TABLE units IN SHARE ROW EXCLUSIVE MODE`;
    const units = await tx.unit.findMany({ select: { id: true, parentId: true, sortOrder: true } });
    const unit = units.find((row) => row.id === input.unitId);
    if (!unit) throw new AppError("NOT_FOUND", "Không tìm thấy đơn vị.");
    if (input.parentId !== null && !units.some((row) => row.id === input.parentId)) {
      throw new AppError("NOT_FOUND", "Không tìm thấy đơn vị cấp trên.");
    }
    if (wouldCreateCycle(units, input.unitId, input.parentId)) {
      throw new AppError("VALIDATION", "Không thể chuyển một đơn vị vào chính nó hoặc vào đơn vị trực thuộc nó.");
    }
    if (unit.parentId === input.parentId) return unit;
    const lastSortOrder = Math.max(0, ...units.filter((row) => row.parentId === input.parentId).map((row) => row.sortOrder));
    const moved = await tx.unit.update({
      where: { id: input.unitId },
      data: { parentId: input.parentId, sortOrder: lastSortOrder + 1 },
    });
    await recordAudit(
      {
        action: "units.move",
        result: "SUCCESS",
        actorId,
        ip,
        objectType: "unit",
        objectId: moved.id,
        details: { fromParentId: unit.parentId, toParentId: moved.parentId },
      },
      tx,
    );
    return moved;
  });
}
