import { recordAudit } from "@/lib/server/audit/record-audit";
import { can, type Actor, type Capability } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

const REFUSALS: Partial<Record<Capability, string>> = {
  "documents.manage": "Bạn không có quyền thêm hoặc sửa văn bản.",
  "documents.publish": "Chỉ Ban Biên tập mới được công bố hoặc gỡ văn bản.",
};

/**
 * The use cases' own check of the actor (actions check too, but a use case
 * called from elsewhere must not trust its caller): a refusal is audited.
 */
export async function assertDocumentCapability(
  actor: Actor,
  capability: Capability,
  { ip = null, documentId }: { ip?: string | null; documentId?: number } = {},
): Promise<void> {
  if (can(actor, capability)) return;
  await recordAudit({
    action: "permission.denied",
    result: "DENIED",
    actorId: actor.id,
    ip,
    objectType: documentId === undefined ? undefined : "document",
    objectId: documentId,
    details: { capability },
  });
  throw new AppError("FORBIDDEN", REFUSALS[capability] ?? "Bạn không có quyền thực hiện thao tác này.");
}
