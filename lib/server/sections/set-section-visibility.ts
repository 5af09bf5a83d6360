import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";
import { SECTION_MESSAGES } from "@/lib/sections/messages";

/**
 * Hides a section from readers (navigation, home blocks, its page) or shows
 * it again. Its items stay published and reachable by their own URLs.
 */
export async function setSectionVisibility({
  actor,
  ip = null,
  sectionId,
  isVisible,
}: {
  actor: Actor;
  ip?: string | null;
  sectionId: number;
  isVisible: boolean;
}) {
  await authorize(actor, "sections.manage", { ip });
  return db.$transaction(async (tx) => {
    const before = await tx.section.findUnique({ where: { id: sectionId }, select: { isVisible: true } });
    if (!before) throw new AppError("NOT_FOUND", SECTION_MESSAGES.notFound);
    const section = await tx.section.update({ where: { id: sectionId }, data: { isVisible } });
    if (before.isVisible !== isVisible) {
      await recordAudit(
        {
          action: isVisible ? "sections.show" : "sections.hide",
          result: "SUCCESS",
          actorId: actor.id,
          ip,
          objectType: "section",
          objectId: sectionId,
          details: { name: section.name, slug: section.slug },
        },
        tx,
      );
    }
    return section;
  });
}
