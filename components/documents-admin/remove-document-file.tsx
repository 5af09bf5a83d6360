"use client";

import { useActionState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FlashMessage } from "@/components/ui/flash-message";
import { DOCUMENT_FILES_TEXT as TEXT } from "@/components/documents-admin/labels";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { detachDocumentFileAction } from "@/lib/actions/documents";

/** "Gỡ tệp", confirmed in a dialog; a refusal (last file of a published document) shows beside it. */
export function RemoveDocumentFile({ documentId, mediaFileId, name }: { documentId: number; mediaFileId: number; name: string }) {
  const [result, detach, pending] = useActionState(detachDocumentFileAction, initialActionResult as ActionResult);
  return (
    <div className="flex flex-col gap-1">
      <ConfirmDialog
        triggerLabel={TEXT.remove}
        triggerVariant="danger"
        title={TEXT.removeTitle(name)}
        confirmLabel={TEXT.remove}
        action={detach}
        fields={{ documentId, mediaFileId }}
        pending={pending}
        closeKey={result === initialActionResult ? undefined : result}
      >
        <p>{TEXT.removeBody}</p>
      </ConfirmDialog>
      {!result.ok && <FlashMessage result={result} className="max-w-xs" />}
    </div>
  );
}
