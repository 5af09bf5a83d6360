"use server";

import { revalidatePath, updateTag } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { expirePublicPages } from "@/lib/page-cache/expire-public-pages";
import { createSection } from "@/lib/server/sections/create-section";
import { moveSection } from "@/lib/server/sections/move-section";
import { setSectionVisibility } from "@/lib/server/sections/set-section-visibility";
import { updateSection } from "@/lib/server/sections/update-section";
import {
  sectionCreateSchema,
  sectionMoveSchema,
  sectionUpdateSchema,
  sectionVisibilitySchema,
} from "@/lib/validations/section";
import { SECTION_MESSAGES } from "@/lib/sections/messages";

// The administrator's actions on sections. The public navigation, home
// blocks and item pages read sections through cached loaders: both tags are
// expired at once (updateTag), so a hidden section is gone on the next page
// load instead of after one more stale view.

function refresh() {
  updateTag(CACHE_TAGS.sections);
  updateTag(CACHE_TAGS.items);
  expirePublicPages();
  revalidatePath("/quan-tri", "layout");
}

const create = authorizedAction("sections.manage", sectionCreateSchema, async (input, { actor, ip }) => {
  const section = await createSection({ actor, ip, input });
  refresh();
  return { ok: true, message: SECTION_MESSAGES.created(section.name, section.slug) };
});

const update = authorizedAction("sections.manage", sectionUpdateSchema, async (input, { actor, ip }) => {
  await updateSection({ actor, ip, input });
  refresh();
  return { ok: true, message: SECTION_MESSAGES.saved };
});

const move = authorizedAction("sections.manage", sectionMoveSchema, async (input, { actor, ip }) => {
  await moveSection({ actor, ip, sectionId: input.sectionId, direction: input.direction });
  refresh();
  return { ok: true, message: input.direction === "up" ? SECTION_MESSAGES.movedUp : SECTION_MESSAGES.movedDown };
});

const setVisibility = authorizedAction("sections.manage", sectionVisibilitySchema, async (input, { actor, ip }) => {
  await setSectionVisibility({ actor, ip, sectionId: input.sectionId, isVisible: input.isVisible });
  refresh();
  return { ok: true, message: input.isVisible ? SECTION_MESSAGES.shown : SECTION_MESSAGES.hidden };
});

export async function createSectionAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return create(formData);
}

export async function updateSectionAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return update(formData);
}

export async function moveSectionAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return move(formData);
}

export async function setSectionVisibilityAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return setVisibility(formData);
}
