"use client";

import { useActionState } from "react";
import { ActionButton } from "@/components/admin/action-button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FlashMessage } from "@/components/ui/flash-message";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { archiveCampaignAction, deleteCampaignAction, unarchiveCampaignAction } from "@/lib/actions/campaigns";

const closeKey = (result: ActionResult) => (result === initialActionResult ? undefined : result);

/** Archive (confirmed), bring back, or delete (confirmed, only while the campaign holds nothing). */
export function CampaignLifecycle({ campaign }: { campaign: { id: number; name: string; isArchived: boolean; isEmpty: boolean } }) {
  const [archiveResult, archive, archivePending] = useActionState(archiveCampaignAction, initialActionResult as ActionResult);
  const [deleteResult, remove, deletePending] = useActionState(deleteCampaignAction, initialActionResult as ActionResult);
  return (
    <div className="space-y-3">
      <FlashMessage result={archiveResult} />
      <FlashMessage result={deleteResult} />
      <div className="flex flex-wrap gap-2">
        {campaign.isArchived ? (
          <ActionButton action={unarchiveCampaignAction} fields={{ campaignId: campaign.id }}>
            Bỏ lưu trữ
          </ActionButton>
        ) : (
          <ConfirmDialog
            triggerLabel="Lưu trữ"
            title={`Lưu trữ chuyên trang “${campaign.name}”?`}
            confirmLabel="Lưu trữ"
            action={archive}
            fields={{ campaignId: campaign.id }}
            pending={archivePending}
            closeKey={closeKey(archiveResult)}
          >
            <p>Chuyên trang không còn trong danh sách chuyên trang và trên trang chủ; trang riêng của nó vẫn đọc được. Có thể bỏ lưu trữ sau.</p>
          </ConfirmDialog>
        )}
        {campaign.isEmpty && (
          <ConfirmDialog
            triggerLabel="Xóa chuyên trang"
            triggerVariant="danger"
            title={`Xóa chuyên trang “${campaign.name}”?`}
            confirmLabel="Xóa"
            action={remove}
            fields={{ campaignId: campaign.id }}
            pending={deletePending}
            closeKey={closeKey(deleteResult)}
          >
            <p>Chuyên trang chưa có tin, bài hay văn bản nào. Xóa rồi thì không khôi phục được.</p>
          </ConfirmDialog>
        )}
      </div>
    </div>
  );
}
