import "server-only";
import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { authorizationDenial } from "@/lib/server/auth/authorize";
import { env } from "@/lib/env";
import { ACCOUNT_PAGE, pendingAccountSetup } from "@/lib/auth/account-setup";
import { clientIp } from "@/lib/server/auth/client-ip";
import { getCurrentUser, type CurrentUser } from "@/lib/server/auth/current-user";
import type { Capability } from "@/lib/auth/permissions";
import { PATH_HEADER } from "@/lib/auth/proxy-constants";
import { safeCallbackUrl } from "@/lib/auth/safe-redirect";

export { PATH_HEADER };

export async function currentPath(): Promise<string> {
  return safeCallbackUrl((await headers()).get(PATH_HEADER), "/quan-tri");
}

export const signInUrl = (callbackUrl: string) => `/dang-nhap?callbackUrl=${encodeURIComponent(callbackUrl)}`;

/**
 * For back-office pages: the signed-in person, or a redirect to the sign-in
 * page that comes back here afterwards. A person with a pending account
 * setup (temporary password, administrator without two-step sign-in when it
 * is required) is sent to the account page first.
 */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  const path = await currentPath();
  if (!user) redirect(signInUrl(path));
  const pathname = path.split("?")[0];
  if (pathname !== ACCOUNT_PAGE && pendingAccountSetup(user, env().requireTwoFactorForAdmin)) redirect(ACCOUNT_PAGE);
  return user;
}

/** requireUser() plus a capability: a 403 page (and an audit row) for those without it. */
export async function requireCapability(capability: Capability): Promise<CurrentUser> {
  const user = await requireUser();
  const denial = await authorizationDenial(user, capability, { ip: clientIp(await headers()), path: await currentPath() });
  // A pending set-up was already sent to the account page by requireUser(); only a missing capability is a 403.
  if (denial && !denial.pending) forbidden();
  return user;
}
