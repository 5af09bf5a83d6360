import type { Cadence, Channel } from "@/lib/generated/prisma/enums";
import type { ChannelCadenceRow } from "@/lib/reports/channel-math";
import type { SectionCadenceRow } from "@/lib/reports/report-types";

// One row per section, one cell per channel (the page, the fanpage, the
// radio): what the report's "Nhịp theo kênh" table shows. Pure.

export type ChannelCell = { cadence: Cadence; target: number; expected: number; done: number; isBehind: boolean } | null;
export type ChannelCadenceLine = { sectionId: number; name: string; page: ChannelCell; channels: Record<Channel, ChannelCell> };

export function channelCadenceLines(pageRows: readonly SectionCadenceRow[], channelRows: readonly ChannelCadenceRow[]): ChannelCadenceLine[] {
  const lines = new Map<number, ChannelCadenceLine>();
  const line = (sectionId: number, name: string) => {
    const existing = lines.get(sectionId);
    if (existing) return existing;
    const created: ChannelCadenceLine = { sectionId, name, page: null, channels: { FANPAGE: null, RADIO: null } };
    lines.set(sectionId, created);
    return created;
  };
  for (const row of pageRows) {
    line(row.sectionId, row.name).page = { cadence: row.cadence, target: row.cadenceTarget, expected: row.expected, done: row.published, isBehind: row.isBehind };
  }
  for (const row of channelRows) {
    line(row.sectionId, row.name).channels[row.channel] = { cadence: row.cadence, target: row.target, expected: row.expected, done: row.posted, isBehind: row.isBehind };
  }
  // Page rows come in the sections' order; channel-only sections follow theirs.
  return [...lines.values()];
}
