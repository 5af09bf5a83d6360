// Calls the upload route handlers as functions with real Request objects and
// a real session: a person signs in (tests/factories/auth), their
// session is sealed into next-auth's cookie exactly as at sign-in, and
// next/headers' cookies() (the only thing mocked) hands it to
// getCurrentUser(), which checks it against the database as in production.
import type { Role } from "@/lib/generated/prisma/enums";
import { freshIp, PASSWORD, personWithPassword, secondStepFor } from "@/tests/factories/auth";

export const ORIGIN = "http://localhost:3000";

// AUTH_SECRET must exist before lib/env is first read (it caches).
process.env.AUTH_SECRET ??= "kiem-thu-tai-len-khong-dung-that-0123456789abcdef";

const jar: { value: string | null } = { value: null };

/** For vi.mock("next/headers", () => nextHeadersMock()). */
export function nextHeadersMock() {
  return {
    cookies: async () => ({
      get: (name: string) => (jar.value && name.endsWith("next-auth.session-token") ? { name, value: jar.value } : undefined),
    }),
    headers: async () => new Headers(),
  };
}

/** Signs a new person in and makes their session the current request's. */
export async function signInAs(roles: Role[]) {
  const { signIn } = await import("@/lib/server/auth/sign-in");
  const { encode } = await import("next-auth/jwt");
  const { authSecret } = await import("@/lib/server/auth/auth-secret");
  const user = await personWithPassword({ roles });
  const result = await signIn({ email: user.email, password: PASSWORD, ip: freshIp(), userAgent: "vitest", totpCode: await secondStepFor(user.id, roles) });
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  jar.value = await encode({ token: { sub: String(user.id), sid: result.sessionId, sv: result.sessionVersion }, secret: authSecret() });
  return user;
}

export function signOut() {
  jar.value = null;
}

export function uploadRequest(
  file: Blob | null,
  { name = "tep", fields = {}, origin = ORIGIN, path = "/api/uploads" }: { name?: string; fields?: Record<string, string>; origin?: string | null; path?: string } = {},
): Request {
  const form = new FormData();
  if (file) form.set("file", file, name);
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  const headers: Record<string, string> = {};
  if (origin) headers.origin = origin;
  return new Request(`${ORIGIN}${path}`, { method: "POST", headers, body: form });
}

export const blob = (bytes: Uint8Array, type = "application/octet-stream") => new Blob([new Uint8Array(bytes)], { type });
