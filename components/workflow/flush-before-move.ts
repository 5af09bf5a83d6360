"use client";

// The side panel's move buttons and the editor beside them are separate
// islands. Before a move (e.g. "Gửi thư ký") the editor must have saved what
// was typed: it registers a flush here, and the panel awaits it first.

type Flush = () => Promise<boolean>;

const flushes = new Map<number, Flush>();

/** The editor registers its "save now" for the item; call the returned function to unregister. */
export function registerFlushBeforeMove(itemId: number, flush: Flush): () => void {
  flushes.set(itemId, flush);
  return () => {
    if (flushes.get(itemId) === flush) flushes.delete(itemId);
  };
}

/** Saves pending edits of the item's open editor, if any; false when the save failed. */
export async function flushBeforeMove(itemId: number): Promise<boolean> {
  const flush = flushes.get(itemId);
  return flush ? flush() : true;
}
