"use client";

import { useActionState } from "react";
import { ActionButton } from "@/components/admin/action-button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FlashMessage } from "@/components/ui/flash-message";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { deleteBannerAction, setBannerActiveAction } from "@/lib/actions/banners";

/** Switch a banner off or on, and delete it (confirmed). */
export function BannerControls({ banner }: { banner: { id: number; name: string; isActive: boolean } }) {
  const [result, remove, pending] = useActionState(deleteBannerAction, initialActionResult as ActionResult);
  return (
    <div className="space-y-2">
      <FlashMessage result={result} />
      <div className="flex flex-wrap gap-2">
        <ActionButton action={setBannerActiveAction} fields={{ bannerId: banner.id, isActive: String(!banner.isActive) }} label={`${banner.isActive ? "Tắt" : "Bật lại"} banner ${banner.name}`}>
          {banner.isActive ? "Tắt" : "Bật lại"}
        </ActionButton>
        <ConfirmDialog
          triggerLabel="Xóa"
          triggerVariant="danger"
          title={`Xóa banner “${banner.name}”?`}
          confirmLabel="Xóa banner"
          action={remove}
          fields={{ bannerId: banner.id }}
          pending={pending}
          closeKey={result === initialActionResult ? undefined : result}
        >
          <p>Banner sẽ không còn trên trang chủ. Ảnh của nó vẫn ở thư viện ảnh.</p>
        </ConfirmDialog>
      </div>
    </div>
  );
}
