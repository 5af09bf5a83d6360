import { can, type Actor } from "@/lib/auth/permissions";

/** Who may put an item in a campaign: the campaign managers, and the secretaries from the editor. */
export const canAttachItems = (actor: Actor) => can(actor, "campaigns.manage") || can(actor, "items.review");
