// Loaders wrap their queries in next/cache's unstable_cache, which needs a
// Next.js request (its incremental cache) and throws outside one. Integration
// tests check the queries, not the caching, so they mock next/cache with this:
//
//   vi.mock("next/cache", () => import("@/tests/setup/next-cache-passthrough"));
export const unstable_cache = <T extends (...args: never[]) => unknown>(fn: T): T => fn;
export const revalidateTag = () => undefined;
export const revalidatePath = () => undefined;
export const updateTag = () => undefined;
export const refresh = () => undefined;
export const unstable_noStore = () => undefined;
export const cacheTag = () => undefined;
export const cacheLife = () => undefined;
