"use server";

import { redirect } from "next/navigation";
import { authorizedAction } from "@/lib/actions/authorized-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { adminPaths } from "@/lib/admin-paths";
import { createBanner } from "@/lib/server/banners/create-banner";
import { deleteBanner } from "@/lib/server/banners/delete-banner";
import { setBannerActive } from "@/lib/server/banners/set-banner-active";
import { updateBanner } from "@/lib/server/banners/update-banner";
import { fieldErrorsOf } from "@/lib/server/campaigns/field-error";
import { refreshCampaignContent } from "@/lib/server/campaigns/refresh-campaign-content";
import { bannerCreateSchema, bannerIdSchema, bannerUpdateSchema } from "@/lib/validations/banner";
import { z } from "zod";
import { BANNER_MESSAGES } from "@/lib/campaigns/labels";

// Home-page banners (board and administrator). Banners share the campaigns
// cache tag: both decide what the home page shows around its news.

function asFieldErrors(error: unknown): ActionResult {
  const fieldErrors = fieldErrorsOf(error);
  if (!fieldErrors) throw error;
  return { ok: false, error: Object.values(fieldErrors)[0]?.[0] ?? "Dữ liệu chưa hợp lệ.", fieldErrors };
}

const create = authorizedAction("banners.manage", bannerCreateSchema, async (input, { actor, ip }) => {
  try {
    await createBanner({ actor, ip, input });
  } catch (error) {
    return asFieldErrors(error);
  }
  refreshCampaignContent();
  redirect(`${adminPaths.banners}?xong=tao`);
});

const update = authorizedAction("banners.manage", bannerUpdateSchema, async (input, { actor, ip }) => {
  try {
    await updateBanner({ actor, ip, input });
  } catch (error) {
    return asFieldErrors(error);
  }
  refreshCampaignContent();
  return { ok: true, message: BANNER_MESSAGES.saved };
});

const activeSchema = bannerIdSchema.extend({ isActive: z.enum(["true", "false"]).transform((value) => value === "true") });

const setActive = authorizedAction("banners.manage", activeSchema, async ({ bannerId, isActive }, { actor, ip }) => {
  await setBannerActive({ actor, ip, bannerId, isActive });
  refreshCampaignContent();
  return { ok: true, message: isActive ? BANNER_MESSAGES.activated : BANNER_MESSAGES.deactivated };
});

const remove = authorizedAction("banners.manage", bannerIdSchema, async ({ bannerId }, { actor, ip }) => {
  await deleteBanner({ actor, ip, bannerId });
  refreshCampaignContent();
  redirect(`${adminPaths.banners}?xong=xoa`);
});

export async function createBannerAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return create(formData);
}

export async function updateBannerAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return update(formData);
}

export async function setBannerActiveAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return setActive(formData);
}

export async function deleteBannerAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return remove(formData);
}
