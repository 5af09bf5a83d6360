"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";
import { markNotificationsReadSchema } from "@/lib/validations/notification";

/** Marks one's own notifications read (the given ids, or all); the unread badge follows. */
const markRead = authorizedAction("backoffice.enter", markNotificationsReadSchema, async (input, { actor }) => {
  const count = await markNotificationsRead({ userId: actor.id, ids: input.ids });
  revalidatePath("/quan-tri", "layout");
  return { ok: true, message: count === 0 ? "Không có thông báo mới." : `Đã đánh dấu ${count} thông báo là đã đọc.` };
});

export async function markNotificationsReadAction(input: z.input<typeof markNotificationsReadSchema> = {}) {
  return markRead(input);
}
