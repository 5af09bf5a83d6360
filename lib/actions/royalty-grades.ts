"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/actions/authorized-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { getGradingContext, type GradingContext } from "@/lib/server/royalties/get-item-grade";
import { gradeItem } from "@/lib/server/royalties/grade-item";
import { regradeItem } from "@/lib/server/royalties/regrade-item";
import { ROYALTY_MESSAGES, royaltyGradedMessage, royaltyRegradedMessage } from "@/lib/royalties/royalty-labels";
import { gradeItemSchema, regradeItemSchema } from "@/lib/validations/royalty-grade";

// The board's grading outside the publish dialog: grade a published item
// from its page, correct a grade (reason required), and the table the
// publish dialog's grading fieldset needs.

const refresh = () => revalidatePath("/quan-tri", "layout");

const grade = authorizedAction("royalties.grade", gradeItemSchema, async (input, { actor, ip }) => {
  const graded = await gradeItem({ actor, ip, itemId: input.itemId, input: input.grade });
  refresh();
  return { ok: true, message: royaltyGradedMessage(graded.totalVnd) };
});

const regrade = authorizedAction("royalties.grade", regradeItemSchema, async (input, { actor, ip }) => {
  const regraded = await regradeItem({ actor, ip, itemId: input.itemId, reason: input.reason, input: input.grade });
  refresh();
  return { ok: true, message: royaltyRegradedMessage(regraded.totalVnd) };
});

const contextSchema = z.object({
  itemId: z.coerce.number().int().positive(),
  /** ISO instant the grade's month will be taken from (now, or the scheduled time). */
  at: z.iso.datetime({ offset: true }).optional(),
});

const context = authorizedAction("royalties.grade", contextSchema, async (input): Promise<ActionResult<GradingContext>> => {
  const found = await getGradingContext(input.itemId, input.at ? new Date(input.at) : new Date());
  return found ? { ok: true, data: found } : { ok: false, error: ROYALTY_MESSAGES.itemNotFound };
});

export async function gradeItemAction(input: z.input<typeof gradeItemSchema>) { return grade(input); }
export async function regradeItemAction(input: z.input<typeof regradeItemSchema>) { return regrade(input); }
export async function loadGradingContextAction(input: z.input<typeof contextSchema>) { return context(input); }
