import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { authorizationDenial } from "@/lib/server/auth/authorize";
import { getCurrentUser, type CurrentUser } from "@/lib/server/auth/current-user";
import type { Capability } from "@/lib/auth/permissions";
import { FORBIDDEN_MESSAGE } from "@/lib/auth/access-refusal";
import { clientIp } from "@/lib/server/auth/client-ip";
import { isAppError, type AppErrorCode } from "@/lib/errors";
import type { ActionResult } from "@/lib/actions/action-result";

const MESSAGES: Record<AppErrorCode | "UNAUTHENTICATED" | "UNEXPECTED", string> = {
  UNAUTHENTICATED: "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.",
  FORBIDDEN: FORBIDDEN_MESSAGE,
  NOT_FOUND: "Không tìm thấy dữ liệu cần thao tác; có thể nó đã bị xóa hoặc thay đổi.",
  CONFLICT: "Dữ liệu đã được người khác thay đổi. Vui lòng tải lại trang và thử lại.",
  INVALID_TRANSITION: "Thao tác này không hợp lệ ở trạng thái hiện tại.",
  VALIDATION: "Dữ liệu chưa hợp lệ. Vui lòng kiểm tra lại các ô được đánh dấu.",
  UNEXPECTED: "Đã có lỗi xảy ra, dữ liệu chưa được lưu. Vui lòng thử lại sau ít phút.",
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export type ActionContext = { actor: CurrentUser; ip: string | null };

/**
 * Wraps a server action: parse the input with zod, require a signed-in user
 * holding `capability` (authorize(): a refusal is written to the audit log), run the
 * handler, and turn typed failures into Vietnamese messages. The handler
 * calls a use case and revalidates; it may also redirect().
 */
export function authorizedAction<Schema extends z.ZodType, T = undefined>(
  capability: Capability,
  schema: Schema,
  handler: (input: z.infer<Schema>, context: ActionContext) => Promise<ActionResult<T> | void>,
) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const requestHeaders = await headers();
    const ip = clientIp(requestHeaders);
    const actor = await getCurrentUser();
    if (!actor) return { ok: false, error: MESSAGES.UNAUTHENTICATED };
    // No capability: audited, the generic refusal. A temporary password or a
    // missing required second step blocks everything but the own account.
    const denial = await authorizationDenial(actor, capability, { ip });
    if (denial) return { ok: false, error: denial.error.message };
    const raw = input instanceof FormData ? Object.fromEntries(input) : input;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, error: MESSAGES.VALIDATION, fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
    }
    try {
      return (await handler(parsed.data, { actor, ip })) ?? { ok: true };
    } catch (error) {
      // redirect() and notFound() work by throwing: let Next handle them.
      unstable_rethrow(error);
      if (isAppError(error)) {
        const conflict = error.code === "CONFLICT" && isPlainObject(error.details) ? error.details : undefined;
        return { ok: false, error: error.message || MESSAGES[error.code], ...(conflict && { conflict }) };
      }
      console.error(error);
      return { ok: false, error: MESSAGES.UNEXPECTED };
    }
  };
}
