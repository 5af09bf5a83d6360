import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Hides a section from readers (navigation, home blocks, its page) or shows
 * it again. Its items stay published and reachable by their own URLs.
 */
export async function setSectionVisibility({
  actorId,
  ip = null,
  sectionId,
  isVisible,
}: {
  actorId: number;
  ip?: string | null;
  sectionId: number;
  isVisible: boolean;
}) {
  return db.$transaction(async (tx) => {
    const before = await tx.section.findUnique({ where: { id: sectionId }, select: { isVisible: true } });
    if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy chuyên mục.");
    const section = await tx.section.update({ where: { id: sectionId }, data: { isVisible } });
    if (before.isVisible !== isVisible) {
      await recordAudit(
        {
          action: isVisible ? "sections.show" : "sections.hide",
          result: "SUCCESS",
          actorId,
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
