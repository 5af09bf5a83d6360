"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/action-result";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { adminPaths } from "@/lib/admin-paths";
import { formatVnd } from "@/lib/royalties/format-vnd";
import { lockRoyaltyMonth } from "@/lib/server/royalties/lock-royalty-month";
import { markRoyaltyPaid } from "@/lib/server/royalties/mark-royalty-paid";
import { SHEET_MESSAGES } from "@/lib/royalties/royalty-sheet-labels";
import { unlockRoyaltyMonth } from "@/lib/server/royalties/unlock-royalty-month";
import { unmarkRoyaltyPaid } from "@/lib/server/royalties/unmark-royalty-paid";
import { royaltyMonthSchema, royaltyPaySchema, royaltyUnlockSchema, royaltyUnpaySchema } from "@/lib/validations/royalty-sheet";

// The monthly royalty sheet's actions (secretary and board: royalties.manage).
// Every page that shows the month (the sheet, the year, the authors' homes)
// is under /quan-tri and re-reads it.

function refresh() {
  revalidatePath(adminPaths.royalties, "layout");
  revalidatePath("/quan-tri");
}

const lock = authorizedAction("royalties.manage", royaltyMonthSchema, async (input, { actor, ip }) => {
  const locked = await lockRoyaltyMonth({ period: input.period, actor, ip });
  refresh();
  return { ok: true, message: SHEET_MESSAGES.locked(input.period, locked.missing) };
});

const unlock = authorizedAction("royalties.manage", royaltyUnlockSchema, async (input, { actor, ip }) => {
  await unlockRoyaltyMonth({ period: input.period, reason: input.reason, actor, ip });
  refresh();
  return { ok: true, message: SHEET_MESSAGES.unlocked(input.period) };
});

const pay = authorizedAction("royalties.manage", royaltyPaySchema, async (input, { actor, ip }) => {
  const paid = await markRoyaltyPaid({ ...input, actor, ip });
  refresh();
  return { ok: true, message: SHEET_MESSAGES.paid(paid.name, formatVnd(paid.amountVnd)) };
});

const unpay = authorizedAction("royalties.manage", royaltyUnpaySchema, async (input, { actor, ip }) => {
  const removed = await unmarkRoyaltyPaid({ ...input, actor, ip });
  refresh();
  return { ok: true, message: SHEET_MESSAGES.unpaid(removed.name) };
});

export async function lockRoyaltyMonthAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return lock(formData);
}

export async function unlockRoyaltyMonthAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return unlock(formData);
}

export async function markRoyaltyPaidAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return pay(formData);
}

export async function unmarkRoyaltyPaidAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return unpay(formData);
}
