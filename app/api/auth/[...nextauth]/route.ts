import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth/auth-options";
import { withRetryAfter } from "@/lib/server/auth/retry-after";

// next-auth's endpoints: CSRF token, the credentials callback that signs in
// (our rules run in authorize()), its own sign-out. Options are built per
// request so a missing AUTH_SECRET fails here with a clear message, not at build.
// A sign-in refused for a while (account lock, per-address limit) gets a
// Retry-After header; the form shows the same wait in words.
export const dynamic = "force-dynamic";

async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  const { result, retryAfterSeconds } = await withRetryAfter(() => NextAuth(authOptions())(request, context) as Promise<Response>);
  if (retryAfterSeconds === null) return result;
  const response = new Response(result.body, result);
  response.headers.set("Retry-After", String(retryAfterSeconds));
  return response;
}

export { handler as GET, handler as POST };
