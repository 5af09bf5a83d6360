import "server-only";
import { PENDING_SETUP_MESSAGES } from "@/lib/auth/account-setup";
import { authorizationDenial } from "@/lib/server/auth/authorize";
import { clientIp } from "@/lib/server/auth/client-ip";
import { getCurrentUser, type CurrentUser } from "@/lib/server/auth/current-user";
import { hitRateLimit } from "@/lib/server/auth/rate-limit";
import { env } from "@/lib/env";
import { errorResponse } from "@/lib/media/json-response";
import { isSameOriginRequest } from "@/lib/media/same-origin";
import { UPLOADS_PER_USER } from "@/lib/media/upload-limits";
import { UPLOAD_MESSAGES } from "@/lib/media/upload-messages";

export type UploadGate = { ok: true; actor: CurrentUser; ip: string | null } | { ok: false; response: Response };

/**
 * Who may call the upload endpoints: a signed-in person with media.upload,
 * whose account needs no setup first, from this site's own pages (Origin),
 * within the per-person rate. `countsAsUpload` is false for reading the
 * library (GET), which is neither cross-site-forgeable nor rate-limited.
 */
export async function authorizeUploadRequest(request: Request, { countsAsUpload }: { countsAsUpload: boolean }): Promise<UploadGate> {
  const ip = clientIp(request.headers);
  if (countsAsUpload && !isSameOriginRequest(request, env().siteUrl)) {
    return { ok: false, response: errorResponse(UPLOAD_MESSAGES.crossOrigin, 403) };
  }
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, response: errorResponse(UPLOAD_MESSAGES.unauthenticated, 401) };
  const denial = await authorizationDenial(actor, "media.upload", { ip, path: new URL(request.url).pathname });
  if (denial) return { ok: false, response: errorResponse(denial.pending ? PENDING_SETUP_MESSAGES[denial.pending] : UPLOAD_MESSAGES.forbidden, 403) };
  if (countsAsUpload) {
    const { isLimited } = await hitRateLimit(`media.upload:user:${actor.id}`, UPLOADS_PER_USER);
    if (isLimited) {
      const retryAfter = String(Math.ceil(UPLOADS_PER_USER.windowMs / 1000));
      return { ok: false, response: errorResponse(UPLOAD_MESSAGES.rateLimited, 429, { "Retry-After": retryAfter }) };
    }
  }
  return { ok: true, actor, ip };
}
