import { Badge, type BadgeTone } from "@/components/ui/badge";
import { BANNER_STATUS_LABELS, CAMPAIGN_STATUS_LABELS, type BannerStatus, type CampaignStatus } from "@/lib/campaigns/labels";

const TONES: Record<CampaignStatus | BannerStatus, BadgeTone> = { upcoming: "warning", running: "success", ended: "neutral", archived: "neutral", off: "danger" };

export const CampaignStatusBadge = ({ status }: { status: CampaignStatus }) => <Badge tone={TONES[status]}>{CAMPAIGN_STATUS_LABELS[status]}</Badge>;
export const BannerStatusBadge = ({ status }: { status: BannerStatus }) => <Badge tone={TONES[status]}>{BANNER_STATUS_LABELS[status]}</Badge>;
