import { diffWords } from "diff";

// A word-level diff of two plain texts for the side-by-side compare page.
// Safe for client components (plain JSON out).

export type DiffPart = { value: string; added?: true; removed?: true };

/** Past this the diff gives up and shows the whole text as replaced. */
const DIFF_TIMEOUT_MS = 2_000;

export function diffText(before: string, after: string): DiffPart[] {
  if (before === after) return before === "" ? [] : [{ value: before }];
  const changes = diffWords(before, after, { timeout: DIFF_TIMEOUT_MS });
  if (!changes) {
    return [
      ...(before ? [{ value: before, removed: true as const }] : []),
      ...(after ? [{ value: after, added: true as const }] : []),
    ];
  }
  return changes.map((change) => ({
    value: change.value,
    ...(change.added && { added: true as const }),
    ...(change.removed && { removed: true as const }),
  }));
}
