import "server-only";
import { env } from "@/lib/env";

/** A path on this site as a full URL under SITE_URL, for feeds, canonical tags and e-mail. */
export function absoluteUrl(pathname: string): string {
  return `${env().siteUrl}${pathname.startsWith("/") ? "" : "/"}${pathname}`;
}
