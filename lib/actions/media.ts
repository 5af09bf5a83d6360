"use server";

import { revalidatePath, updateTag } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { expirePublicPages } from "@/lib/page-cache/expire-public-pages";
import { updateMediaDetails } from "@/lib/server/media/update-media-details";
import { adminPaths } from "@/lib/urls";
import { mediaUpdateSchema } from "@/lib/validations/media";
import { MEDIA_MESSAGES } from "@/lib/media/labels";

// The media library's one action: alt text and caption of a file. Public
// pages fall back to a picture's stored alt text, so the items tag expires.
const update = authorizedAction("media.upload", mediaUpdateSchema, async (input, { actor, ip }) => {
  await updateMediaDetails({ actor, ip, input });
  updateTag(CACHE_TAGS.items);
  expirePublicPages();
  revalidatePath(adminPaths.mediaLibrary);
  return { ok: true, message: MEDIA_MESSAGES.detailsSaved };
});

export async function updateMediaDetailsAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return update(formData);
}
