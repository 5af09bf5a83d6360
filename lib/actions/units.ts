"use server";

import { revalidatePath, updateTag } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { redirect } from "next/navigation";
import { authorizedAction } from "@/lib/actions/authorized-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { createUnit } from "@/lib/server/units/create-unit";
import { deleteUnit } from "@/lib/server/units/delete-unit";
import { moveUnit } from "@/lib/server/units/move-unit";
import { setUnitActive } from "@/lib/server/units/set-unit-active";
import { updateUnit } from "@/lib/server/units/update-unit";
import { unitActiveSchema, unitCreateSchema, unitIdSchema, unitMoveSchema, unitRenameSchema } from "@/lib/validations/unit";
import { UNIT_MESSAGES } from "@/lib/units/messages";

// The administrator's actions on the unit tree.

// People's positions and units and the unit tree are what the quota and
// activity reports count besides items: their cached figures expire too.
const refresh = () => {
  updateTag(CACHE_TAGS.quotas);
  revalidatePath("/quan-tri", "layout");
};

const create = authorizedAction("units.manage", unitCreateSchema, async (input, { actor, ip }) => {
  const unit = await createUnit({ actor, ip, input });
  refresh();
  return { ok: true, message: UNIT_MESSAGES.created(unit.name) };
});

const rename = authorizedAction("units.manage", unitRenameSchema, async (input, { actor, ip }) => {
  await updateUnit({ actor, ip, input });
  refresh();
  return { ok: true, message: UNIT_MESSAGES.renamed };
});

const move = authorizedAction("units.manage", unitMoveSchema, async (input, { actor, ip }) => {
  await moveUnit({ actor, ip, input });
  refresh();
  return { ok: true, message: UNIT_MESSAGES.moved };
});

const setActive = authorizedAction("units.manage", unitActiveSchema, async (input, { actor, ip }) => {
  await setUnitActive({ actor, ip, unitId: input.unitId, isActive: input.isActive });
  refresh();
  return { ok: true, message: input.isActive ? UNIT_MESSAGES.reactivated : UNIT_MESSAGES.deactivated };
});

const remove = authorizedAction("units.manage", unitIdSchema, async (input, { actor, ip }) => {
  await deleteUnit({ actor, ip, unitId: input.unitId });
  refresh();
  redirect("/quan-tri/don-vi?da-xoa=1");
});

export async function createUnitAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return create(formData);
}

export async function updateUnitAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return rename(formData);
}

export async function moveUnitAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return move(formData);
}

export async function setUnitActiveAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return setActive(formData);
}

export async function deleteUnitAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return remove(formData);
}
