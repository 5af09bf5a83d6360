import { z } from "zod";
import { BANNER_MESSAGES as B, CAMPAIGN_MESSAGES as M } from "@/lib/campaigns/labels";
import { BannerSlot } from "@/lib/generated/prisma/enums";
import { id, linkField, orderField, readWindow, windowInputs } from "@/lib/validations/campaign";

// A home-page banner: slot, picture, alt text, link and an optional schedule
// (Vietnam dates and times; both ends may be left empty).

const bannerObject = z.object({
  name: z.string({ error: B.nameMissing }).trim().min(1, { error: B.nameMissing }).max(200, { error: B.nameLong }),
  slot: z.enum(BannerSlot, { error: B.slot }),
  imageId: id(B.imageMissing),
  alt: z.string({ error: B.altMissing }).trim().min(1, { error: B.altMissing }).max(300, { error: M.altLong }),
  linkUrl: linkField(B.linkMissing),
  ...windowInputs,
  sortOrder: orderField,
});

function toBannerInput(value: z.infer<typeof bannerObject>, ctx: z.RefinementCtx) {
  const { startsAt, endsAt } = readWindow(value, ctx, false);
  return {
    name: value.name,
    slot: value.slot,
    imageId: value.imageId,
    alt: value.alt,
    linkUrl: value.linkUrl ?? "",
    startsAt,
    endsAt,
    sortOrder: value.sortOrder,
  };
}

export const bannerCreateSchema = bannerObject.transform(toBannerInput);
export type BannerInput = z.infer<typeof bannerCreateSchema>;

export const bannerUpdateSchema = bannerObject
  .extend({ bannerId: id(B.notFound) })
  .transform((value, ctx) => ({ bannerId: value.bannerId, ...toBannerInput(value, ctx) }));
export type BannerUpdateInput = z.infer<typeof bannerUpdateSchema>;

export const bannerIdSchema = z.object({ bannerId: id(B.notFound) });
