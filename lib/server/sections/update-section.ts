import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { saveChannelTargets } from "@/lib/server/sections/save-channel-targets";
import { AppError } from "@/lib/errors";
import type { SectionUpdateInput } from "@/lib/validations/section";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";
import { SECTION_MESSAGES } from "@/lib/sections/messages";

/**
 * Renames a section and sets its cadence target. The slug (its public URL)
 * stays unless a new one is given explicitly.
 */
export async function updateSection({ actor, ip = null, input }: { actor: Actor; ip?: string | null; input: SectionUpdateInput }) {
  await authorize(actor, "sections.manage", { ip });
  return db.$transaction(async (tx) => {
    const before = await tx.section.findUnique({ where: { id: input.sectionId } });
    if (!before) throw new AppError("NOT_FOUND", SECTION_MESSAGES.notFound);
    const slug = input.slug ?? before.slug;
    if (slug !== before.slug) {
      const taken = await tx.section.findUnique({ where: { slug }, select: { id: true } });
      if (taken) throw new AppError("CONFLICT", SECTION_MESSAGES.slugTaken(slug));
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
          actorId: actor.id,
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
