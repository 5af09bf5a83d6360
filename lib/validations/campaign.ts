import { z } from "zod";
import { CAMPAIGN_MESSAGES as M } from "@/lib/campaigns/labels";
import { normaliseLinkTarget } from "@/lib/campaigns/link-target";
import { isUpsideDown, parseVietnamMoment } from "@/lib/campaigns/window";
import { SLUG_MAX_LENGTH } from "@/lib/content/slug";

// What the campaign form sends (dates as Vietnam dd/mm/yyyy plus an optional
// HH:mm) and what the use cases take (instants). The same schema checks in
// the browser before sending and on the server.

export const id = (message: string) => z.coerce.number({ error: message }).int({ error: message }).positive({ error: message });

const text = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, { error: message })
    .optional()
    .transform((value) => value || null);

/** A checkbox: present ("on", "true") or absent. */
export const checkbox = z
  .union([z.string(), z.boolean()])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

export const orderField = z.coerce.number({ error: M.order }).int({ error: M.order }).min(0, { error: M.order }).max(9999, { error: M.order }).default(0);

export const linkField = (required: string | null) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) {
        if (required) ctx.addIssue({ code: "custom", message: required });
        return null;
      }
      const link = normaliseLinkTarget(value);
      if (link === null) ctx.addIssue({ code: "custom", message: M.linkFormat });
      return link;
    });

export const windowInputs = {
  startDate: z.string().optional().default(""),
  startTime: z.string().optional().default(""),
  endDate: z.string().optional().default(""),
  endTime: z.string().optional().default(""),
};

type WindowInputs = { startDate: string; startTime: string; endDate: string; endTime: string };

/** Reads the four window fields; adds per-field issues (and returns nulls) when they are wrong. */
export function readWindow(value: WindowInputs, ctx: z.RefinementCtx, isRequired: boolean): { startsAt: Date | null; endsAt: Date | null } {
  const start = parseVietnamMoment(value.startDate, value.startTime, "start");
  const end = parseVietnamMoment(value.endDate, value.endTime, "end");
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", message, path: [path] });
  if (!start.ok) issue(start.error === "date" ? "startDate" : "startTime", start.error === "date" ? M.dateFormat : M.timeFormat);
  if (!end.ok) issue(end.error === "date" ? "endDate" : "endTime", end.error === "date" ? M.dateFormat : M.timeFormat);
  const startsAt = start.ok ? start.date : null;
  const endsAt = end.ok ? end.date : null;
  if (isRequired && start.ok && !startsAt) issue("startDate", M.startMissing);
  if (isRequired && end.ok && !endsAt) issue("endDate", M.endMissing);
  if (isUpsideDown({ startsAt, endsAt })) issue("endDate", M.upsideDown);
  return { startsAt, endsAt };
}

const campaignFields = {
  name: z
    .string({ error: M.nameMissing })
    .trim()
    .min(1, { error: M.nameMissing, abort: true })
    .min(3, { error: M.nameShort })
    .max(200, { error: M.nameLong }),
  slug: z
    .string()
    .trim()
    .max(SLUG_MAX_LENGTH, { error: `Đường dẫn dài tối đa ${SLUG_MAX_LENGTH} ký tự.` })
    .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, { error: M.slugFormat })
    .optional()
    .transform((value) => value || null),
  description: text(2000, M.descriptionLong),
  ...windowInputs,
  bannerImageId: z
    .union([z.literal(""), id(M.notImage)])
    .optional()
    .transform((value) => (value ? value : null)),
  bannerAlt: text(300, M.altLong),
  bannerLink: linkField(null),
  isSiteWide: checkbox,
  sortOrder: orderField,
};

const campaignObject = z.object(campaignFields);

function toCampaignInput(value: z.infer<typeof campaignObject>, ctx: z.RefinementCtx) {
  const { startsAt, endsAt } = readWindow(value, ctx, true);
  if (value.bannerImageId && !value.bannerAlt) ctx.addIssue({ code: "custom", message: M.altMissing, path: ["bannerAlt"] });
  return {
    name: value.name,
    slug: value.slug,
    description: value.description,
    startsAt: startsAt ?? new Date(0),
    endsAt: endsAt ?? new Date(0),
    bannerImageId: value.bannerImageId,
    bannerAlt: value.bannerImageId ? value.bannerAlt : null,
    bannerLink: value.bannerLink,
    isSiteWide: value.isSiteWide,
    sortOrder: value.sortOrder,
  };
}

export const campaignCreateSchema = campaignObject.transform(toCampaignInput);
export type CampaignInput = z.infer<typeof campaignCreateSchema>;

export const campaignUpdateSchema = campaignObject
  .extend({ campaignId: id(M.notFound) })
  .transform((value, ctx) => ({ campaignId: value.campaignId, ...toCampaignInput(value, ctx) }));
export type CampaignUpdateInput = z.infer<typeof campaignUpdateSchema>;

export const campaignIdSchema = z.object({ campaignId: id(M.notFound) });

export const campaignItemSchema = z.object({ campaignId: id(M.notFound), itemId: id(M.itemNotFound) });
export type CampaignItemInput = z.infer<typeof campaignItemSchema>;

export const campaignDocumentSchema = z.object({ campaignId: id(M.notFound), documentId: id(M.documentNotFound) });
export type CampaignDocumentInput = z.infer<typeof campaignDocumentSchema>;
