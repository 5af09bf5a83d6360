"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { fieldClass } from "@/components/ui/field-errors";
import { FlashMessage } from "@/components/ui/flash-message";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { attachCampaignItemAction } from "@/lib/actions/campaigns";

/** Choose a campaign and put the item in it. */
export function AttachToCampaignForm({ itemId, campaigns }: { itemId: number; campaigns: { id: number; name: string }[] }) {
  const [result, action, pending] = useActionState(attachCampaignItemAction, initialActionResult as ActionResult);
  const selectId = `chuyen-trang-${itemId}`;
  return (
    <form action={action} className="space-y-2">
      <FlashMessage result={result === initialActionResult ? null : result} />
      <input type="hidden" name="itemId" value={itemId} />
      <label htmlFor={selectId} className="block text-sm font-semibold text-stone-800">
        Đưa vào chuyên trang
      </label>
      <select id={selectId} name="campaignId" required className={fieldClass(false)} defaultValue="">
        <option value="" disabled>
          Chọn chuyên trang…
        </option>
        {campaigns.map((campaign) => (
          <option key={campaign.id} value={campaign.id}>
            {campaign.name}
          </option>
        ))}
      </select>
      <Button variant="secondary" pending={pending}>
        Thêm vào chuyên trang
      </Button>
    </form>
  );
}
