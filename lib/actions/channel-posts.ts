"use server";

import { revalidatePath, updateTag } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { recordChannelPost } from "@/lib/server/channels/record-channel-post";
import { removeChannelPost } from "@/lib/server/channels/remove-channel-post";
import { adminPaths } from "@/lib/urls";
import { channelPostRemoveSchema, channelPostSchema } from "@/lib/validations/channel-post";
import { CHANNEL_MESSAGES } from "@/lib/channels/labels";

// "Đã đăng fanpage" / "Đã phát thanh" on an item (secretary and board). The
// activity report is cached until what it counts changes: channel posts are
// among the things it counts besides items (CACHE_TAGS.quotas).

function refresh(itemId: number) {
  updateTag(CACHE_TAGS.quotas);
  revalidatePath(adminPaths.item(itemId));
  revalidatePath("/quan-tri/bao-cao", "layout");
}

const record = authorizedAction("channels.record", channelPostSchema, async (input, { actor, ip }) => {
  await recordChannelPost({ actor, ip, input });
  refresh(input.itemId);
  return { ok: true, message: CHANNEL_MESSAGES.recorded(input.channel, input.outlet) };
});

const remove = authorizedAction("channels.record", channelPostRemoveSchema, async (input, { actor, ip }) => {
  const post = await removeChannelPost({ actor, ip, postId: input.postId });
  refresh(post.itemId);
  return { ok: true, message: CHANNEL_MESSAGES.removed };
});

export async function recordChannelPostAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return record(formData);
}

export async function removeChannelPostAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return remove(formData);
}
