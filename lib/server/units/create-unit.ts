import "server-only";
import { createAudited } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { UnitCreateInput } from "@/lib/validations/unit";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";
import { UNIT_MESSAGES } from "@/lib/units/messages";

/** Adds a unit at the end of its parent's children. */
export async function createUnit({ actor, ip = null, input }: { actor: Actor; ip?: string | null; input: UnitCreateInput }) {
  await authorize(actor, "units.manage", { ip });
  return db.$transaction(async (tx) => {
    if (input.parentId !== null) {
      const parent = await tx.unit.findUnique({ where: { id: input.parentId }, select: { id: true } });
      if (!parent) throw new AppError("NOT_FOUND", UNIT_MESSAGES.parentNotFound);
    }
    const last = await tx.unit.aggregate({ where: { parentId: input.parentId }, _max: { sortOrder: true } });
    const sortOrder = (last._max.sortOrder ?? 0) + 1;
    return createAudited(
      tx,
      tx.unit.create({ data: { name: input.name, shortName: input.shortName, kind: input.kind, parentId: input.parentId, sortOrder } }),
      { action: "units.create", actorId: actor.id, ip, objectType: "unit", details: (unit) => ({ name: unit.name, kind: unit.kind, parentId: unit.parentId }) },
    );
  });
}
