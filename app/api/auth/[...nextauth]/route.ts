import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";

// next-auth's endpoints: CSRF token, the credentials callback that signs in
// (our rules run in authorize()), its own sign-out. Options are built per
// request so a missing AUTH_SECRET fails here with a clear message, not at build.
export const dynamic = "force-dynamic";

async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
