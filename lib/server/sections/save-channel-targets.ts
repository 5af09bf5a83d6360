import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Cadence, Channel } from "@/lib/generated/prisma/enums";
import type { ChannelTargetsInput } from "@/lib/validations/section-channels";

type Target = { cadence: Cadence; target: number } | null;

/**
 * Writes a section's fanpage / radio targets inside the caller's transaction:
 * a measured cadence with a target is kept, "Không đặt" or 0 removes the row.
 * Returns what changed ({ FANPAGE: { from, to } }) for the audit row.
 */
export async function saveChannelTargets(
  tx: Prisma.TransactionClient,
  sectionId: number,
  targets: ChannelTargetsInput | undefined,
): Promise<Partial<Record<Channel, { from: Target; to: Target }>>> {
  const changes: Partial<Record<Channel, { from: Target; to: Target }>> = {};
  if (!targets) return changes;
  const before = await tx.sectionChannelTarget.findMany({ where: { sectionId } });
  for (const [channel, wanted] of Object.entries(targets) as [Channel, { cadence: Cadence; target: number }][]) {
    const old = before.find((row) => row.channel === channel);
    const from: Target = old ? { cadence: old.cadence, target: old.target } : null;
    const isKept = wanted.cadence !== "NONE" && wanted.target > 0;
    const to: Target = isKept ? { cadence: wanted.cadence, target: wanted.target } : null;
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    if (to) {
      const data = { cadence: wanted.cadence, target: wanted.target };
      await tx.sectionChannelTarget.upsert({ where: { sectionId_channel: { sectionId, channel } }, create: { sectionId, channel, ...data }, update: data });
    } else {
      await tx.sectionChannelTarget.delete({ where: { sectionId_channel: { sectionId, channel } } });
    }
    changes[channel] = { from, to };
  }
  return changes;
}
