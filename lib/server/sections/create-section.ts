import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { uniqueSlug } from "@/lib/content/slug";
import { db } from "@/lib/db";
import { saveChannelTargets } from "@/lib/server/sections/save-channel-targets";
import type { SectionCreateInput } from "@/lib/validations/section";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";

/** Adds a section at the end of the order, with a readable unique slug from its name. */
export async function createSection({ actor, ip = null, input }: { actor: Actor; ip?: string | null; input: SectionCreateInput }) {
  await authorize(actor, "sections.manage", { ip });
  return db.$transaction(async (tx) => {
    const slug = await uniqueSlug(input.name, async (candidate) =>
      Boolean(await tx.section.findUnique({ where: { slug: candidate }, select: { id: true } })),
    );
    const last = await tx.section.aggregate({ _max: { sortOrder: true } });
    const section = await tx.section.create({
      data: {
        slug,
        name: input.name,
        description: input.description,
        cadence: input.cadence,
        cadenceTarget: input.cadenceTarget,
        sortOrder: (last._max.sortOrder ?? 0) + 1,
      },
    });
    const channelTargets = await saveChannelTargets(tx, section.id, input.channelTargets);
    await recordAudit(
      {
        action: "sections.create",
        result: "SUCCESS",
        actorId: actor.id,
        ip,
        objectType: "section",
        objectId: section.id,
        details: { name: section.name, slug: section.slug, cadence: section.cadence, cadenceTarget: section.cadenceTarget, channelTargets },
      },
      tx,
    );
    return section;
  });
}
