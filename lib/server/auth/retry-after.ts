import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

// next-auth builds the credentials callback's response itself; the sign-in
// rules, deep inside its authorize(), note here how long the person must
// wait, and our route handler (which wraps next-auth) puts it into the
// response's Retry-After header.
const store = new AsyncLocalStorage<{ seconds: number | null }>();

export function withRetryAfter<T>(run: () => Promise<T>): Promise<{ result: T; retryAfterSeconds: number | null }> {
  const slot = { seconds: null as number | null };
  return store.run(slot, async () => ({ result: await run(), retryAfterSeconds: slot.seconds }));
}

export function noteRetryAfter(seconds: number): void {
  const slot = store.getStore();
  if (slot) slot.seconds = seconds;
}
