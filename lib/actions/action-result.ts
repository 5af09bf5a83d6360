// What every server action returns to its form (for useActionState): success
// with an optional Vietnamese message, or a Vietnamese error with per-field
// messages from zod.
export type ActionResult<T = undefined> =
  | { ok: true; message?: string; data?: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]>; conflict?: ConflictDetails };

/** What a refused save tells the editor about the other person's version. */
export type ConflictDetails = Record<string, unknown>;

export const initialActionResult = { ok: true } as ActionResult<never>;
