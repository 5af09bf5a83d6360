import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { env } from "@/lib/env";
import { authSecret, isHttpsSite } from "@/lib/server/auth/auth-secret";
import { clientIp } from "@/lib/server/auth/client-ip";
import { safeCallbackUrl } from "@/lib/auth/safe-redirect";
import { encodeSignInError } from "@/lib/auth/messages";
import { noteRetryAfter } from "@/lib/server/auth/retry-after";
import { isSessionLive, revokeSession } from "@/lib/server/auth/sessions";
import { signIn } from "@/lib/server/auth/sign-in";

// next-auth v4 does the cookie, the encrypted JWT and the CSRF token of its
// sign-in endpoint; every rule (rate limit, lockout, second step, session
// row) lives in our signIn() use case, which `authorize()` calls. The JWT
// carries only the user id, the session row's id and the account's session
// version: whether the session still counts is decided by the database on
// every request (lib/server/auth/current-user.ts), so revocation is immediate.
//
// A refused attempt throws an Error whose message is a SignInFailure code,
// with the seconds to wait for a lock or the per-address limit ("LOCKED:840");
// next-auth hands it to the client as `error`, which the form turns into
// the Vietnamese message (lib/auth/messages.ts). The same wait goes into the
// response's Retry-After header (app/api/auth/[...nextauth]/route.ts).
//
// next-auth's own /api/auth/session would answer any cookie it can decrypt
// and re-issue it: the jwt callback asks the database first, and a session
// that no longer counts (signed out, disabled, idle, expired) gets an empty
// answer and a cleared cookie.

// next-auth reads its own base URL from here; we derive it from SITE_URL.
process.env.NEXTAUTH_URL ??= `${env().siteUrl}/api/auth`;

const SESSION_ENDED = "SESSION_ENDED";

type SessionUser = { id: string; sessionId: string; sessionVersion: number };

export function authOptions(): AuthOptions {
  return {
    secret: authSecret(),
    useSecureCookies: isHttpsSite(),
    session: { strategy: "jwt", maxAge: env().sessionMaxHours * 3600 },
    jwt: { maxAge: env().sessionMaxHours * 3600 },
    pages: { signIn: "/dang-nhap", error: "/dang-nhap" },
    logger: {
      error(code, metadata) {
        // An ended session is an answer, not an error worth a stack trace.
        if (code === "JWT_SESSION_ERROR" && metadata instanceof Error && metadata.message === SESSION_ENDED) return;
        console.error(`[next-auth] ${code}`, metadata);
      },
      warn(code) {
        console.warn(`[next-auth] ${code}`);
      },
      debug() {},
    },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: {
          email: { label: "Thư điện tử", type: "email" },
          password: { label: "Mật khẩu", type: "password" },
          totp: { label: "Mã xác thực", type: "text" },
        },
        async authorize(credentials, request) {
          const headers = new Headers();
          for (const [name, value] of Object.entries(request?.headers ?? {})) {
            if (typeof value === "string") headers.set(name, value);
          }
          const result = await signIn({
            email: String(credentials?.email ?? "").slice(0, 320),
            password: String(credentials?.password ?? "").slice(0, 1000),
            totpCode: credentials?.totp ? String(credentials.totp).slice(0, 20) : undefined,
            ip: clientIp(headers),
            userAgent: headers.get("user-agent"),
          });
          if (!result.ok) {
            if (result.retryAfterSeconds) noteRetryAfter(result.retryAfterSeconds);
            throw new Error(encodeSignInError(result.reason, result.retryAfterSeconds));
          }
          const user: SessionUser = { id: String(result.userId), sessionId: result.sessionId, sessionVersion: result.sessionVersion };
          return user;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const signedIn = user as unknown as SessionUser;
          // Nothing else: no name, e-mail or picture in the cookie.
          return { sub: signedIn.id, sid: signedIn.sessionId, sv: signedIn.sessionVersion };
        }
        const claims = typeof token.sid === "string" && typeof token.sv === "number" ? { sessionId: token.sid, sessionVersion: token.sv } : null;
        // next-auth answers a throw here with an empty session and a cleared cookie.
        if (!claims || !(await isSessionLive(claims))) throw new Error(SESSION_ENDED);
        return token;
      },
      async session({ session, token }) {
        // /api/auth/session tells the browser nothing beyond "signed in".
        return { expires: session.expires, user: { id: token.sub } } as typeof session;
      },
      async redirect({ url, baseUrl }) {
        const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
        return `${baseUrl}${safeCallbackUrl(path)}`;
      },
    },
    events: {
      // next-auth's own sign-out endpoint (our button uses a server action that does the same with the IP).
      async signOut({ token }) {
        const sessionId = typeof token?.sid === "string" ? token.sid : null;
        const userId = sessionId ? await revokeSession(sessionId) : null;
        if (userId) await recordAudit({ action: "auth.sign-out", result: "SUCCESS", actorId: userId });
      },
    },
  };
}
