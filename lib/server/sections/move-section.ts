import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { reorder } from "@/lib/sections/reorder";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";
import { SECTION_MESSAGES } from "@/lib/sections/messages";

/** Moves a section one place up or down in the public order (no drag and drop needed). */
export async function moveSection({
  actor,
  ip = null,
  sectionId,
  direction,
}: {
  actor: Actor;
  ip?: string | null;
  sectionId: number;
  direction: "up" | "down";
}) {
  await authorize(actor, "sections.manage", { ip });
  await db.$transaction(async (tx) => {
    // Serialise reorders: two at once would renumber from different views.
    await tx.$executeRaw`LOCK TABLE sections IN SHARE ROW EXCLUSIVE MODE`;
    const sections = await tx.section.findMany({ orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true, sortOrder: true } });
    const ids = sections.map((section) => section.id);
    if (!ids.includes(sectionId)) throw new AppError("NOT_FOUND", SECTION_MESSAGES.notFound);
    const order = reorder(ids, sectionId, direction);
    if (order.every((id, index) => id === ids[index])) return;
    // Renumber 1..n: old data may hold ties or gaps.
    for (const [index, id] of order.entries()) {
      if (sections.find((section) => section.id === id)?.sortOrder !== index + 1) {
        await tx.section.update({ where: { id }, data: { sortOrder: index + 1 } });
      }
    }
    await recordAudit(
      {
        action: "sections.reorder",
        result: "SUCCESS",
        actorId: actor.id,
        ip,
        objectType: "section",
        objectId: sectionId,
        details: { direction, position: order.indexOf(sectionId) + 1 },
      },
      tx,
    );
  });
}
