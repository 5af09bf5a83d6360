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
    id = (await createCampaign({ actorId: actor.id, ip, input })).id;
    return { ok: true };
  });
  if (!result.ok) return result;
  refreshCampaignContent();
  redirect(`${adminPaths.campaign(id)}?xong=tao`);
});

const update = authorizedAction("campaigns.manage", campaignUpdateSchema, async (input, { actor, ip }) =>
  withFieldErrors(async () => {
    await updateCampaign({ actorId: actor.id, ip, input });
    refreshCampaignContent();
    return { ok: true, message: "Đã lưu chuyên trang." };
  }),
);

const archive = authorizedAction("campaigns.manage", campaignIdSchema, async ({ campaignId }, { actor, ip }) => {
  await archiveCampaign({ actorId: actor.id, ip, campaignId });
  refreshCampaignContent();
  return { ok: true, message: "Đã lưu trữ chuyên trang: không còn trong danh sách và trang chủ, trang riêng vẫn đọc được." };
});

const unarchive = authorizedAction("campaigns.manage", campaignIdSchema, async ({ campaignId }, { actor, ip }) => {
  await unarchiveCampaign({ actorId: actor.id, ip, campaignId });
  refreshCampaignContent();
  return { ok: true, message: "Đã bỏ lưu trữ chuyên trang." };
});

const remove = authorizedAction("campaigns.manage", campaignIdSchema, async ({ campaignId }, { actor, ip }) => {
  await deleteCampaign({ actorId: actor.id, ip, campaignId });
  refreshCampaignContent();
  redirect(`${adminPaths.campaigns}?xong=xoa`);
});

// Secretaries attach items from the editor too: the use case checks
// "campaigns.manage or items.review" itself.
const attachItem = authorizedAction("backoffice.enter", campaignItemSchema, async (input, { actor, ip }) => {
  const isNew = await attachCampaignItem({ actor, ip, ...input });
  refreshCampaignContent();
  return { ok: true, message: isNew ? "Đã đưa tin, bài vào chuyên trang." : "Tin, bài đã có trong chuyên trang." };
});

const detachItem = authorizedAction("backoffice.enter", campaignItemSchema, async (input, { actor, ip }) => {
  await detachCampaignItem({ actor, ip, ...input });
  refreshCampaignContent();
  return { ok: true, message: "Đã gỡ tin, bài khỏi chuyên trang." };
});

const attachDocument = authorizedAction("campaigns.manage", campaignDocumentSchema, async (input, { actor, ip }) => {
  const isNew = await attachCampaignDocument({ actorId: actor.id, ip, ...input });
  refreshCampaignContent();
  return { ok: true, message: isNew ? "Đã đưa văn bản vào chuyên trang." : "Văn bản đã có trong chuyên trang." };
});

const detachDocument = authorizedAction("campaigns.manage", campaignDocumentSchema, async (input, { actor, ip }) => {
  await detachCampaignDocument({ actorId: actor.id, ip, ...input });
  refreshCampaignContent();
  return { ok: true, message: "Đã gỡ văn bản khỏi chuyên trang." };
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

