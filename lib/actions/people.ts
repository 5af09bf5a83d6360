"use server";

import { revalidatePath, updateTag } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { authorizedAction } from "@/lib/actions/authorized-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { createPerson } from "@/lib/server/users/create-person";
import { resetPassword } from "@/lib/server/users/reset-password";
import { setPersonActive } from "@/lib/server/users/set-person-active";
import { unlockUser } from "@/lib/server/users/unlock-user";
import { updatePerson } from "@/lib/server/users/update-person";
import {
  personActiveSchema,
  personCreateSchema,
  personFormValues,
  personIdSchema,
  personUpdateSchema,
} from "@/lib/validations/user";
import { PEOPLE_MESSAGES } from "@/lib/users/messages";

// The administrator's actions on people: parse → authorise → use case → revalidate.

export type TemporaryPasswordData = { name: string; email: string; temporaryPassword: string; userId: number };

// People's positions and units and the unit tree are what the quota and
// activity reports count besides items: their cached figures expire too.
const refresh = () => {
  updateTag(CACHE_TAGS.quotas);
  revalidatePath("/quan-tri", "layout");
};

const create = authorizedAction("people.manage", personCreateSchema, async (input, { actor, ip }) => {
  const { person, temporaryPassword } = await createPerson({ actor, ip, input });
  refresh();
  return {
    ok: true,
    message: PEOPLE_MESSAGES.created(person.name),
    data: { name: person.name, email: person.email, temporaryPassword, userId: person.id },
  };
});

const update = authorizedAction("people.manage", personUpdateSchema, async (input, { actor, ip }) => {
  await updatePerson({ actor, ip, input });
  refresh();
  return { ok: true, message: PEOPLE_MESSAGES.saved };
});

const setActive = authorizedAction("people.manage", personActiveSchema, async (input, { actor, ip }) => {
  await setPersonActive({ actor, ip, userId: input.userId, isActive: input.isActive });
  refresh();
  return { ok: true, message: input.isActive ? PEOPLE_MESSAGES.enabled : PEOPLE_MESSAGES.disabled };
});

const reset = authorizedAction("people.manage", personIdSchema, async (input, { actor, ip }) => {
  const { temporaryPassword } = await resetPassword({ actor, userId: input.userId, ip });
  refresh();
  return { ok: true, message: PEOPLE_MESSAGES.passwordReset, data: { temporaryPassword } };
});

const unlock = authorizedAction("people.manage", personIdSchema, async (input, { actor, ip }) => {
  await unlockUser({ actor, userId: input.userId, ip });
  refresh();
  return { ok: true, message: PEOPLE_MESSAGES.unlocked };
});

export async function createPersonAction(_previous: ActionResult<TemporaryPasswordData>, formData: FormData) {
  return create(personFormValues(formData));
}

export async function updatePersonAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return update(personFormValues(formData));
}

export async function setPersonActiveAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return setActive(formData);
}

export async function resetPasswordAction(_previous: ActionResult<{ temporaryPassword: string }>, formData: FormData) {
  return reset(formData);
}

export async function unlockPersonAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return unlock(formData);
}
