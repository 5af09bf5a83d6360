"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { FlashMessage } from "@/components/ui/flash-message";
import { KIND_OPTIONS } from "@/components/workflow/kind-options";
import { createItemAction } from "@/lib/actions/item-editing";
import type { ActionResult } from "@/lib/actions/action-result";
import type { ItemKind } from "@/lib/generated/prisma/enums";

// Creating a draft redirects to its editor; only a refusal comes back here.
async function create(_previous: ActionResult | null, formData: FormData): Promise<ActionResult | null> {
  // The server checks the value against the kinds (zod); this cast only names the type.
  return createItemAction({ kind: String(formData.get("kind")) as ItemKind });
}

/** "Viết tin, bài mới": choose the kind, get an empty draft in the editor. */
export function NewItemForm() {
  const [result, formAction, pending] = useActionState(create, null);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2" aria-label="Viết tin, bài mới">
      <SelectField label="Loại tin, bài mới" name="kind" options={KIND_OPTIONS} defaultValue="NEWS" className="w-44" />
      <Button pending={pending}>Viết tin, bài mới</Button>
      <FlashMessage result={result} className="basis-full" />
    </form>
  );
}
