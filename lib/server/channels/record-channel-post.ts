import "server-only";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { TIME_ZONE } from "@/lib/content/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publicItemWhere } from "@/lib/server/items/public/public-item";
import type { ChannelPostInput } from "@/lib/validations/channel-post";
import { CHANNEL_MESSAGES } from "@/lib/channels/labels";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";

/**
 * Records that a published item went out on the fanpage or the radio ("đã
 * đăng fanpage", "đã phát thanh"); an item may go out several times. The date
 * cannot be before the item's publication day (Vietnam time). One
 * transaction: the row and its audit entry.
 */
export async function recordChannelPost({ actor, ip = null, input }: { actor: Actor; ip?: string | null; input: ChannelPostInput }) {
  await authorize(actor, "channels.record", { ip });
  return db.$transaction(async (tx) => {
    const item = await tx.item.findFirst({ where: { id: input.itemId, ...publicItemWhere }, select: { id: true, publishedAt: true } });
    if (!item?.publishedAt) throw new AppError("CONFLICT", CHANNEL_MESSAGES.onlyPublished);
    const publishedOn = format(new TZDate(item.publishedAt.getTime(), TIME_ZONE), "yyyy-MM-dd");
    if (input.postedOn < publishedOn) {
      const [y, m, d] = publishedOn.split("-");
      throw new AppError("VALIDATION", CHANNEL_MESSAGES.beforePublication(`${d}/${m}/${y}`));
    }
    const post = await tx.itemChannelPost.create({
      data: {
        itemId: item.id,
        channel: input.channel,
        outlet: input.outlet,
        url: input.url,
        postedOn: new Date(`${input.postedOn}T00:00:00Z`),
        recordedById: actor.id,
      },
    });
    await recordAudit(
      {
        action: "channel.record",
        result: "SUCCESS",
        actorId: actor.id,
        ip,
        objectType: "item",
        objectId: item.id,
        details: { postId: post.id, channel: post.channel, outlet: post.outlet, url: post.url, postedOn: input.postedOn },
      },
      tx,
    );
    return post;
  });
}
