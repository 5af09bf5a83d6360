import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { canRemoveChannelPost } from "@/lib/channels/remove-rule";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { CHANNEL_MESSAGES } from "@/lib/channels/labels";

/** Removes a recorded post, writing its content to the audit log in the same transaction. */
export async function removeChannelPost({ actor, ip = null, postId, now = new Date() }: { actor: Actor; ip?: string | null; postId: number; now?: Date }) {
  return db.$transaction(async (tx) => {
    const post = await tx.itemChannelPost.findUnique({ where: { id: postId } });
    if (!post) throw new AppError("NOT_FOUND", CHANNEL_MESSAGES.postNotFound);
    if (!canRemoveChannelPost(actor, post, now)) {
      throw new AppError("FORBIDDEN", CHANNEL_MESSAGES.removeNotAllowed);
    }
    await tx.itemChannelPost.delete({ where: { id: post.id } });
    await recordAudit(
      {
        action: "channel.remove",
        result: "SUCCESS",
        actorId: actor.id,
        ip,
        objectType: "item",
        objectId: post.itemId,
        details: {
          postId: post.id,
          channel: post.channel,
          outlet: post.outlet,
          url: post.url,
          postedOn: post.postedOn.toISOString().slice(0, 10),
          recordedById: post.recordedById,
        },
      },
      tx,
    );
    return post;
  });
}
