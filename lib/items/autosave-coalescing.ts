// WordPress-style autosave checkpoints: one person's run of autosaves becomes
// one revision row that keeps being updated, instead of a row every few
// seconds. Anything else in between (a manual save, someone else's save, a
// workflow move) closes the checkpoint and the next save starts a new row.

export const AUTOSAVE_COALESCE_MS = 5 * 60 * 1000;

export type LatestRevision = { isAutosave: boolean; savedById: number; version: number; updatedAt: Date };

export function shouldCoalesceAutosave({
  isAutosave,
  actorId,
  now,
  item,
  latest,
}: {
  isAutosave: boolean;
  actorId: number;
  now: Date;
  /** The item before this save. */
  item: { version: number; statusChangedAt: Date };
  latest: LatestRevision | null;
}): boolean {
  if (!isAutosave || !latest?.isAutosave || latest.savedById !== actorId) return false;
  // The checkpoint must still be the item's current text and predate no move.
  if (latest.version !== item.version || item.statusChangedAt > latest.updatedAt) return false;
  const age = now.getTime() - latest.updatedAt.getTime();
  return age >= 0 && age < AUTOSAVE_COALESCE_MS;
}
