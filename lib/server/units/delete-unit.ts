import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Deletes a unit created by mistake. Only an empty one: a unit with people,
 * items or units under it is history (quotas, bylines) and can only be
 * deactivated. The foreign keys refuse it too; this gives the reason.
 */
export async function deleteUnit({ actorId, ip = null, unitId }: { actorId: number; ip?: string | null; unitId: number }) {
  await db.$transaction(async (tx) => {
    const unit = await tx.unit.findUnique({
      where: { id: unitId },
      select: { name: true, _count: { select: { people: true, items: true, children: true } } },
    });
    if (!unit) throw new AppError("NOT_FOUND", "Không tìm thấy đơn vị.");
    const { people, items, children } = unit._count;
    if (people > 0 || items > 0 || children > 0) {
      throw new AppError(
        "CONFLICT",
        "Không thể xóa đơn vị đang có người, tin bài hoặc đơn vị trực thuộc. Hãy ngừng hoạt động đơn vị này thay vì xóa.",
      );
    }
    await tx.unit.delete({ where: { id: unitId } });
    await recordAudit(
      { action: "units.delete", result: "SUCCESS", actorId, ip, objectType: "unit", objectId: unitId, details: { name: unit.name } },
      tx,
    );
  });
}
