import "server-only";
import { env } from "@/lib/env";

/** The key that signs and encrypts session cookies; its absence is a configuration error. */
export function authSecret(): string {
  const secret = env().authSecret;
  if (!secret) {
    throw new Error(
      "AUTH_SECRET is not set: give it a random value of at least 32 characters (e.g. `openssl rand -base64 32`). " +
        "`npm start` generates one for the embedded demo.",
    );
  }
  return secret;
}

/** Secure cookies (the __Secure- prefix and the Secure flag) when the site is served over HTTPS. */
export const isHttpsSite = (): boolean => env().siteUrl.startsWith("https://");

/** next-auth's session cookie name for our setting of useSecureCookies. */
export const sessionCookieName = (): string => `${isHttpsSite() ? "__Secure-" : ""}next-auth.session-token`;
