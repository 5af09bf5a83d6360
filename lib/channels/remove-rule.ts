import { can, type Actor } from "@/lib/auth/permissions";
import { REMOVE_WINDOW_HOURS } from "@/lib/channels/labels";

/**
 * Whether `actor` may take back a recorded post: the board (who answers for
 * what was published) at any time; the person who recorded it within
 * REMOVE_WINDOW_HOURS, to undo a slip. Everyone else never: the record is
 * the history the reports count. Pure.
 */
export function canRemoveChannelPost(actor: Actor, post: { recordedById: number; createdAt: Date }, now: Date = new Date()): boolean {
  if (can(actor, "items.publish")) return true;
  const isRecent = now.getTime() - post.createdAt.getTime() < REMOVE_WINDOW_HOURS * 3_600_000;
  return post.recordedById === actor.id && isRecent && can(actor, "channels.record");
}
