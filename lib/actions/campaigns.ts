"use server";

import { redirect } from "next/navigation";
import { authorizedAction } from "@/lib/actions/authorized-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { adminPaths } from "@/lib/admin-paths";
import { archiveCampaign } from "@/lib/server/campaigns/archive-campaign";
import { attachCampaignDocument } from "@/lib/server/campaigns/attach-campaign-document";
import { attachCampaignItem } from "@/lib/server/campaigns/attach-campaign-item";
import { createCampaign } from "@/lib/server/campaigns/create-campaign";
import { deleteCampaign } from "@/lib/server/campaigns/delete-campaign";
import { detachCampaignDocument } from "@/lib/server/campaigns/detach-campaign-document";
import { detachCampaignItem } from "@/lib/server/campaigns/detach-campaign-item";
import { fieldErrorsOf } from "@/lib/server/campaigns/field-error";
import { refreshCampaignContent } from "@/lib/server/campaigns/refresh-campaign-content";
import { unarchiveCampaign } from "@/lib/server/campaigns/unarchive-campaign";
import { updateCampaign } from "@/lib/server/campaigns/update-campaign";
import {
  campaignCreateSchema,
  campaignDocumentSchema,
  campaignIdSchema,
  campaignItemSchema,
  campaignUpdateSchema,
} from "@/lib/validations/campaign";
import { CAMPAIGN_MESSAGES } from "@/lib/campaigns/labels";

// The board's and the administrator's actions on campaign pages. Every change
// expires the campaigns tag at once (home banner, site-wide strip, lists).

/** A refusal only the database can decide, shown under its field like zod's. */
async function withFieldErrors(run: () => Promise<ActionResult>): Promise<ActionResult> {
  try {
    return await run();
  } catch (error) {
    const fieldErrors = fieldErrorsOf(error);
    if (!fieldErrors) throw error;
    return { ok: false, error: Object.values(fieldErrors)[0]?.[0] ?? "Dữ liệu chưa hợp lệ.", fieldErrors };
  }
}

const create = authorizedAction("campaigns.manage", campaignCreateSchema, async (input, { actor, ip }) => {
  let id = 0;
  const result = await withFieldErrors(async () => {
    id = (await createCampaign({ actor, ip, input })).id;
    return { ok: true };
  });
  if (!result.ok) return result;
  refreshCampaignContent();
  redirect(`${adminPaths.campaign(id)}?xong=tao`);
});

const update = authorizedAction("campaigns.manage", campaignUpdateSchema, async (input, { actor, ip }) =>
  withFieldErrors(async () => {
    await updateCampaign({ actor, ip, input });
    refreshCampaignContent();
    return { ok: true, message: CAMPAIGN_MESSAGES.saved };
  }),
);

const archive = authorizedAction("campaigns.manage", campaignIdSchema, async ({ campaignId }, { actor, ip }) => {
  await archiveCampaign({ actor, ip, campaignId });
  refreshCampaignContent();
  return { ok: true, message: CAMPAIGN_MESSAGES.archivedDone };
});

const unarchive = authorizedAction("campaigns.manage", campaignIdSchema, async ({ campaignId }, { actor, ip }) => {
  await unarchiveCampaign({ actor, ip, campaignId });
  refreshCampaignContent();
  return { ok: true, message: CAMPAIGN_MESSAGES.unarchived };
});

const remove = authorizedAction("campaigns.manage", campaignIdSchema, async ({ campaignId }, { actor, ip }) => {
  await deleteCampaign({ actor, ip, campaignId });
  refreshCampaignContent();
  redirect(`${adminPaths.campaigns}?xong=xoa`);
});

// Secretaries attach items from the editor too: the use case checks
// "campaigns.manage or items.review" itself.
const attachItem = authorizedAction("backoffice.enter", campaignItemSchema, async (input, { actor, ip }) => {
  const isNew = await attachCampaignItem({ actor, ip, ...input });
  refreshCampaignContent();
  return { ok: true, message: isNew ? CAMPAIGN_MESSAGES.itemAttached : CAMPAIGN_MESSAGES.itemAlreadyIn };
});

const detachItem = authorizedAction("backoffice.enter", campaignItemSchema, async (input, { actor, ip }) => {
  await detachCampaignItem({ actor, ip, ...input });
  refreshCampaignContent();
  return { ok: true, message: CAMPAIGN_MESSAGES.itemDetached };
});

const attachDocument = authorizedAction("campaigns.manage", campaignDocumentSchema, async (input, { actor, ip }) => {
  const isNew = await attachCampaignDocument({ actor, ip, ...input });
  refreshCampaignContent();
  return { ok: true, message: isNew ? CAMPAIGN_MESSAGES.documentAttached : CAMPAIGN_MESSAGES.documentAlreadyIn };
});

const detachDocument = authorizedAction("campaigns.manage", campaignDocumentSchema, async (input, { actor, ip }) => {
  await detachCampaignDocument({ actor, ip, ...input });
  refreshCampaignContent();
  return { ok: true, message: CAMPAIGN_MESSAGES.documentDetached };
});

export async function createCampaignAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return create(formData);
}

export async function updateCampaignAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return update(formData);
}

export async function archiveCampaignAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return archive(formData);
}

export async function unarchiveCampaignAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return unarchive(formData);
}

export async function deleteCampaignAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return remove(formData);
}

export async function attachCampaignItemAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return attachItem(formData);
}

export async function detachCampaignItemAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return detachItem(formData);
}

export async function attachCampaignDocumentAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return attachDocument(formData);
}

export async function detachCampaignDocumentAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return detachDocument(formData);
}

