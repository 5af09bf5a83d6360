"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorizedAction } from "@/lib/actions/authorized-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { adminPaths } from "@/lib/admin-paths";
import { createRoyaltySchedule } from "@/lib/server/royalties/create-royalty-schedule";
import { saveRoyaltySchedule } from "@/lib/server/royalties/save-royalty-schedule";
import { royaltyScheduleCreateSchema, royaltyScheduleSaveSchema, scheduleFormValues } from "@/lib/validations/royalty-schedule";
import { ROYALTY_MESSAGES } from "@/lib/royalties/royalty-labels";

// The year's royalty settings: only the administrator (royalty-rates.manage).
// The grading forms and the royalty sheet under /quan-tri re-read them.

const refresh = () => revalidatePath("/quan-tri", "layout");

export type SavedRoyaltySettings = { updatedAt: string };

const save = authorizedAction("royalty-rates.manage", royaltyScheduleSaveSchema, async (input, { actor, ip }): Promise<ActionResult<SavedRoyaltySettings>> => {
  const saved = await saveRoyaltySchedule({ actor, ip, input });
  if (!saved.isChanged) return { ok: true, message: ROYALTY_MESSAGES.settingsUnchanged, data: { updatedAt: saved.updatedAt } };
  refresh();
  return { ok: true, message: ROYALTY_MESSAGES.settingsSaved(saved.year, saved.changeCount), data: { updatedAt: saved.updatedAt } };
});

const create = authorizedAction("royalty-rates.manage", royaltyScheduleCreateSchema, async (input, { actor, ip }) => {
  const created = await createRoyaltySchedule({ actor, ip, year: input.year });
  refresh();
  redirect(`${adminPaths.royaltySettingsYear(created.year)}?da-tao=${created.fromYear ?? "mac-dinh"}`);
});

/** The settings editor's form: flat field names ("rates.0.min") become rows first. */
export async function saveRoyaltySettingsAction(_previous: ActionResult<SavedRoyaltySettings>, formData: FormData): Promise<ActionResult<SavedRoyaltySettings>> {
  return save(scheduleFormValues(formData));
}

/** Creates a year's settings from the latest earlier year (or the defaults) and opens them. */
export async function createRoyaltySettingsAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return create(formData);
}
