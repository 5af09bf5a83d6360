import "server-only";
// Alt text and caption of a stored file, edited from the media library. The
// uploader may change their own; the secretary and the board (items.review)
// anyone's, as they edit the items that use them.
import { recordAudit } from "@/lib/server/audit/record-audit";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { MediaUpdateInput } from "@/lib/validations/media";
import { MEDIA_MESSAGES } from "@/lib/media/labels";

export async function updateMediaDetails({ actor, ip, input }: { actor: Actor; ip?: string | null; input: MediaUpdateInput }): Promise<void> {
  await db.$transaction(async (tx) => {
    const file = await tx.mediaFile.findUnique({ where: { id: input.mediaId }, select: { uploadedById: true, alt: true, caption: true } });
    if (!file) throw new AppError("NOT_FOUND", MEDIA_MESSAGES.notFound);
    if (file.uploadedById !== actor.id && !can(actor, "items.review")) {
      throw new AppError("FORBIDDEN", MEDIA_MESSAGES.notOwnFile);
    }
    await tx.mediaFile.update({ where: { id: input.mediaId }, data: { alt: input.alt, caption: input.caption } });
    await recordAudit(
      {
        action: "media.update",
        result: "SUCCESS",
        actorId: actor.id,
        objectType: "media",
        objectId: input.mediaId,
        ip,
        details: { before: { alt: file.alt, caption: file.caption }, after: { alt: input.alt, caption: input.caption } },
      },
      tx,
    );
  });
}
