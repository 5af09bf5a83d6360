"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FlashMessage } from "@/components/ui/flash-message";
import { restoreRevisionAction } from "@/lib/actions/item-editing";
import type { ActionResult } from "@/lib/actions/action-result";

async function restore(_previous: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>> {
  return restoreRevisionAction({
    itemId: Number(formData.get("itemId")),
    revisionId: Number(formData.get("revisionId")),
    version: Number(formData.get("version")),
  });
}

/**
 * "Khôi phục phiên bản này", after a confirmation. The restored text becomes
 * a new revision on top; nothing in between is lost. `version` is the item's
 * current version: a stale page is refused rather than overwriting.
 */
export function RestoreRevisionButton({ itemId, revisionId, revisionVersion, version }: { itemId: number; revisionId: number; revisionVersion: number; version: number }) {
  const router = useRouter();
  const [result, formAction, pending] = useActionState(restore, null);
  useEffect(() => {
    if (result?.ok) router.refresh();
  }, [result, router]);
  return (
    <div className="inline-flex flex-col gap-1">
      <ConfirmDialog
        triggerLabel="Khôi phục phiên bản này"
        title={`Khôi phục phiên bản #${revisionVersion}?`}
        confirmLabel="Khôi phục"
        confirmVariant="primary"
        action={formAction}
        fields={{ itemId, revisionId, version }}
        pending={pending}
        closeKey={result}
      >
        Tiêu đề, sa-pô và nội dung của phiên bản này sẽ thành bản mới nhất của bài. Các phiên bản khác vẫn được giữ lại.
      </ConfirmDialog>
      <FlashMessage result={result} />
    </div>
  );
}
