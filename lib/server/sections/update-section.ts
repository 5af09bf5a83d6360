import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { saveChannelTargets } from "@/lib/server/sections/save-channel-targets";
import { AppError } from "@/lib/errors";
import type { SectionUpdateInput } from "@/lib/validations/section";

/**
 * Renames a section and sets its cadence target. The slug (its public URL)
 * stays unless a new one is given explicitly.
 */
export async function updateSection({ actorId, ip = null, input }: { actorId: number; ip?: string | null; input: SectionUpdateInput }) {
  return db.$transaction(async (tx) => {
    const before = await tx.section.findUnique({ where: { id: input.sectionId } });
    if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy chuyên mục.");
    const slug = input.slug ?? before.slug;
    if (slug !== before.slug) {
      const taken = await tx.section.findUnique({ where: { slug }, select: { id: true } });
      if (taken) throw new AppError("CONFLICT", `Đường dẫn "${slug}" đã được chuyên mục khác dùng.`);
    }
    const section = await tx.section.update({
      where: { id: input.sectionId },
      data: {
        name: input.name,
        description: input.description,
        slug,
        cadence: input.cadence,
        cadenceTarget: input.cadenceTarget,
      },
    });
    const fields = ["name", "description", "slug", "cadence", "cadenceTarget"] as const;
    const changed = fields.filter((field) => before[field] !== section[field]);
    const channelTargets = await saveChannelTargets(tx, section.id, input.channelTargets);
    if (changed.length > 0 || Object.keys(channelTargets).length > 0) {
      await recordAudit(
        {
          action: "sections.update",
          result: "SUCCESS",
          actorId,
          ip,
          objectType: "section",
          objectId: section.id,
          details: {
            from: Object.fromEntries(changed.map((field) => [field, before[field]])),
            to: Object.fromEntries(changed.map((field) => [field, section[field]])),
            ...(Object.keys(channelTargets).length > 0 ? { channelTargets } : {}),
          },
        },
        tx,
      );
    }
    return section;
  });
}
