import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { UnitRenameInput } from "@/lib/validations/unit";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";
import { UNIT_MESSAGES } from "@/lib/units/messages";

/** Renames a unit (name, short name, kind); people and items follow by id. */
export async function updateUnit({ actor, ip = null, input }: { actor: Actor; ip?: string | null; input: UnitRenameInput }) {
  await authorize(actor, "units.manage", { ip });
  return db.$transaction(async (tx) => {
    const before = await tx.unit.findUnique({ where: { id: input.unitId } });
    if (!before) throw new AppError("NOT_FOUND", UNIT_MESSAGES.notFound);
    const unit = await tx.unit.update({
      where: { id: input.unitId },
      data: { name: input.name, shortName: input.shortName, kind: input.kind },
    });
    await recordAudit(
      {
        action: "units.rename",
        result: "SUCCESS",
        actorId: actor.id,
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
