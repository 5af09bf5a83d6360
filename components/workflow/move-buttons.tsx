"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ItemStatus } from "@/lib/generated/prisma/enums";
import { moveItemAction } from "@/lib/actions/items";
import { MOVE_LABELS } from "@/lib/workflow/move-labels";
import { afterMoveHref } from "@/components/workflow/after-move";
import { flushBeforeMove } from "@/components/workflow/flush-before-move";
import { moveDoneHref } from "@/components/workflow/move-flash";
import { MoveDialog, type MoveOffer, type MoveOutcome, type MoveRequest } from "@/components/workflow/move-dialog";

const UNSAVED_MESSAGE = "Chưa lưu được những thay đổi vừa sửa nên chưa thực hiện thao tác. Vui lòng lưu bài rồi thử lại.";

/**
 * The moves this person may make on the item now (the server decided which),
 * each behind its dialog. After a move the page is refreshed in place, or the
 * person is taken back to their queue when the item has left their desk.
 */
export function MoveButtons({
  itemId,
  status,
  offers,
  returnHref,
}: {
  itemId: number;
  status: ItemStatus;
  offers: MoveOffer[];
  /** A list the moves are made from: go back to it (with what was done) after any move. */
  returnHref?: string;
}) {
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);

  async function onMove(request: MoveRequest): Promise<MoveOutcome> {
    if (!(await flushBeforeMove(itemId))) return { ok: false, error: UNSAVED_MESSAGE };
    const result = await moveItemAction({ itemId, ...request });
    if (!result.ok) return { ok: false, error: result.error, fieldErrors: result.fieldErrors };
    const next = returnHref ? moveDoneHref(returnHref, request.move) : afterMoveHref(request.move, status);
    if (next) {
      router.push(next);
    } else {
      setDone(result.message ?? MOVE_LABELS[request.move].done);
      router.refresh();
    }
    return { ok: true };
  }

  return (
    // `relative`: the empty live region is visually hidden (absolute); inside a
    // table that scrolls sideways it must not widen the page.
    <div className="relative space-y-2">
      <p role="status" className={done ? "rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900" : "sr-only"}>
        {done}
      </p>
      {offers.length > 0 && (
        <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
          {offers.map((offer) => (
            <MoveDialog key={offer.move} offer={offer} onMove={onMove} gradeItemId={itemId} />
          ))}
        </div>
      )}
    </div>
  );
}
