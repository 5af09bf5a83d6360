"use client";

import { useActionState, useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FlashMessage } from "@/components/ui/flash-message";
import { TextAreaField } from "@/components/ui/text-area-field";
import { DOCUMENT_PUBLICATION_TEXT as TEXT } from "@/components/documents-admin/labels";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { deleteDocumentAction, publishDocumentAction, unpublishDocumentAction } from "@/lib/actions/documents";
import type { PublicationStatus } from "@/lib/generated/prisma/enums";
import { DOCUMENT_LIMITS } from "@/lib/validations/document";

type Props = {
  documentId: number;
  numberSymbol: string;
  status: PublicationStatus;
  isNeverPublished: boolean;
  fileCount: number;
  canPublish: boolean;
};

const closeKeyOf = (result: ActionResult) => (result === initialActionResult ? undefined : result);

/** Publish / take down (the board) and delete a never-published draft, each confirmed first. */
export function DocumentPublication({ documentId, numberSymbol, status, isNeverPublished, fileCount, canPublish }: Props) {
  const [publishResult, publish, publishing] = useActionState(publishDocumentAction, initialActionResult as ActionResult);
  const [unpublishResult, unpublish, unpublishing] = useActionState(unpublishDocumentAction, initialActionResult as ActionResult);
  const [deleteResult, remove, deleting] = useActionState(deleteDocumentAction, initialActionResult as ActionResult);
  // Only the answer to the latest confirmation shows, not every earlier one.
  const [latest, setLatest] = useState<"publish" | "unpublish" | "delete" | null>(null);
  const latestResult = latest === "publish" ? publishResult : latest === "unpublish" ? unpublishResult : latest === "delete" ? deleteResult : null;
  const track = (kind: NonNullable<typeof latest>, dispatch: (formData: FormData) => void) => (formData: FormData) => {
    setLatest(kind);
    dispatch(formData);
  };
  const isPublished = status === "PUBLISHED";
  return (
    <div className="space-y-3">
      <FlashMessage result={latestResult} />
      {canPublish && !isPublished && fileCount === 0 && <p className="text-sm text-amber-900">{TEXT.needsFile}</p>}
      {!canPublish && <p className="text-sm text-stone-600">{TEXT.boardOnly}</p>}
      <div className="flex flex-wrap gap-2">
        {canPublish && !isPublished && (
          <ConfirmDialog
            triggerLabel={TEXT.publish}
            triggerVariant="primary"
            title={TEXT.publishTitle(numberSymbol)}
            confirmLabel={TEXT.publishConfirm}
            confirmVariant="primary"
            action={track("publish", publish)}
            fields={{ documentId }}
            pending={publishing}
            closeKey={closeKeyOf(publishResult)}
          >
            <p>{TEXT.publishBody}</p>
          </ConfirmDialog>
        )}
        {canPublish && isPublished && (
          <ConfirmDialog
            triggerLabel={TEXT.unpublish}
            triggerVariant="danger"
            title={TEXT.unpublishTitle(numberSymbol)}
            confirmLabel={TEXT.unpublishConfirm}
            action={track("unpublish", unpublish)}
            fields={{ documentId }}
            pending={unpublishing}
            closeKey={closeKeyOf(unpublishResult)}
          >
            <p className="mb-3">{TEXT.unpublishBody}</p>
            <TextAreaField label={TEXT.unpublishReason} name="reason" rows={2} maxLength={DOCUMENT_LIMITS.unpublishReason} />
          </ConfirmDialog>
        )}
        {isNeverPublished && (
          <ConfirmDialog
            triggerLabel={TEXT.delete}
            triggerVariant="danger"
            title={TEXT.deleteTitle}
            confirmLabel={TEXT.deleteConfirm}
            action={track("delete", remove)}
            fields={{ documentId }}
            pending={deleting}
            closeKey={closeKeyOf(deleteResult)}
          >
            <p>{TEXT.deleteBody}</p>
          </ConfirmDialog>
        )}
      </div>
    </div>
  );
}
