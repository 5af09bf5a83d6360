import { ActionButton } from "@/components/admin/action-button";
import { AttachToCampaignForm } from "@/components/campaigns/attach-to-campaign-form";
import { detachCampaignItemAction } from "@/lib/actions/campaigns";
import type { CurrentUser } from "@/lib/server/auth/current-user";
import { canAttachItems } from "@/lib/campaigns/can-attach-items";
import { listItemCampaigns } from "@/lib/server/campaigns/list-item-campaigns";

/** The editor side panel's "Chuyên trang" block: which campaigns hold the item; add or take it out. */
export async function ItemCampaignPicker({ itemId, actor }: { itemId: number; actor: CurrentUser }) {
  if (!canAttachItems(actor)) return null;
  const { joined, open } = await listItemCampaigns(itemId);
  return (
    <section aria-labelledby={`bang-${itemId}-chuyen-trang`} className="border-t border-stone-200 pt-4">
      <h2 id={`bang-${itemId}-chuyen-trang`} className="mb-2 text-base font-bold text-stone-900">
        Chuyên trang
      </h2>
      {joined.length === 0 ? (
        <p className="text-sm text-stone-600">Chưa thuộc chuyên trang nào.</p>
      ) : (
        <ul className="mb-3 space-y-1 text-sm">
          {joined.map((campaign) => (
            <li key={campaign.id} className="flex items-center justify-between gap-2">
              <span className="font-semibold text-stone-900">{campaign.name}</span>
              <ActionButton action={detachCampaignItemAction} fields={{ campaignId: campaign.id, itemId }} label={`Gỡ khỏi chuyên trang ${campaign.name}`}>
                Gỡ
              </ActionButton>
            </li>
          ))}
        </ul>
      )}
      {open.length > 0 && <AttachToCampaignForm itemId={itemId} campaigns={open} />}
    </section>
  );
}
