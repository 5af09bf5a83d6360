import { recordAudit } from "@/lib/server/audit/record-audit";
import { pendingAccountSetup, PENDING_SETUP_MESSAGES } from "@/lib/auth/account-setup";
import { clientIp } from "@/lib/server/auth/client-ip";
import { getCurrentUser, type CurrentUser } from "@/lib/server/auth/current-user";
import { can } from "@/lib/auth/permissions";
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
  if (!can(actor, "media.upload")) {
    await recordAudit({ action: "permission.denied", result: "DENIED", actorId: actor.id, ip, details: { capability: "media.upload", path: new URL(request.url).pathname } });
    return { ok: false, response: errorResponse(UPLOAD_MESSAGES.forbidden, 403) };
  }
  const pending = pendingAccountSetup(actor, env().requireTwoFactorForAdmin);
  if (pending) return { ok: false, response: errorResponse(PENDING_SETUP_MESSAGES[pending], 403) };
  if (countsAsUpload) {
    const { isLimited } = await hitRateLimit(`media.upload:user:${actor.id}`, UPLOADS_PER_USER);
    if (isLimited) {
      const retryAfter = String(Math.ceil(UPLOADS_PER_USER.windowMs / 1000));
      return { ok: false, response: errorResponse(UPLOAD_MESSAGES.rateLimited, 429, { "Retry-After": retryAfter }) };
    }
  }
  return { ok: true, actor, ip };
}
