import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { canRemoveChannelPost } from "@/lib/channels/remove-rule";
import { db } from "@/lib/db";
import type { Channel } from "@/lib/generated/prisma/enums";

export type ItemChannelPostRow = {
  id: number;
  channel: Channel;
  outlet: string;
  url: string | null;
  /** "YYYY-MM-DD" */
  postedOn: string;
  recordedByName: string;
  canRemove: boolean;
};

export type ItemChannelPanel = {
  posts: ItemChannelPostRow[];
  /** The outlets used last on each channel (any item), to suggest in the forms. */
  recentOutlets: Record<Channel, string[]>;
};

/** An item's fanpage and radio posts, newest first, and the outlets to suggest. */
export async function listItemChannelPosts(itemId: number, actor: Actor, now: Date = new Date()): Promise<ItemChannelPanel> {
  const [posts, recent] = await Promise.all([
    db.itemChannelPost.findMany({
      where: { itemId },
      orderBy: [{ postedOn: "desc" }, { id: "desc" }],
      select: { id: true, channel: true, outlet: true, url: true, postedOn: true, recordedById: true, createdAt: true, recordedBy: { select: { name: true } } },
    }),
    db.itemChannelPost.findMany({ orderBy: { id: "desc" }, take: 50, select: { channel: true, outlet: true } }),
  ]);
  const recentOutlets: Record<Channel, string[]> = { FANPAGE: [], RADIO: [] };
  for (const row of recent) {
    if (!recentOutlets[row.channel].includes(row.outlet)) recentOutlets[row.channel].push(row.outlet);
  }
  return {
    posts: posts.map((post) => ({
      id: post.id,
      channel: post.channel,
      outlet: post.outlet,
      url: post.url,
      postedOn: post.postedOn.toISOString().slice(0, 10),
      recordedByName: post.recordedBy.name,
      canRemove: canRemoveChannelPost(actor, post, now),
    })),
    recentOutlets,
  };
}
