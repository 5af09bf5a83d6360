import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { wouldCreateCycle } from "@/lib/units/unit-tree";
import type { UnitMoveInput } from "@/lib/validations/unit";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";
import { UNIT_MESSAGES } from "@/lib/units/messages";

/** Puts a unit under a new parent (or at the root); never below itself. */
export async function moveUnit({ actor, ip = null, input }: { actor: Actor; ip?: string | null; input: UnitMoveInput }) {
  await authorize(actor, "units.manage", { ip });
  return db.$transaction(async (tx) => {
    // Two concurrent moves could each pass the cycle check and together make
    // a loop: moves run one at a time (readers are not blocked).
    await tx.$executeRaw`LOCK TABLE units IN SHARE ROW EXCLUSIVE MODE`;
    const units = await tx.unit.findMany({ select: { id: true, parentId: true, sortOrder: true } });
    const unit = units.find((row) => row.id === input.unitId);
    if (!unit) throw new AppError("NOT_FOUND", UNIT_MESSAGES.notFound);
    if (input.parentId !== null && !units.some((row) => row.id === input.parentId)) {
      throw new AppError("NOT_FOUND", UNIT_MESSAGES.parentNotFound);
    }
    if (wouldCreateCycle(units, input.unitId, input.parentId)) {
      throw new AppError("VALIDATION", UNIT_MESSAGES.moveIntoItself);
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
        actorId: actor.id,
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
