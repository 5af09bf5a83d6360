import { can, type Actor, type Capability } from "@/lib/auth/permissions";

/** Who may put an item in a campaign: the campaign managers, and the secretaries from the editor (any of these). */
export const CAMPAIGN_ITEM_CAPABILITIES = ["campaigns.manage", "items.review"] as const satisfies readonly Capability[];

export const canAttachItems = (actor: Actor) => CAMPAIGN_ITEM_CAPABILITIES.some((capability) => can(actor, capability));
