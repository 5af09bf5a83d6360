"use client";

import { formatClock, SAVE_STATUS } from "@/components/editor/editor-labels";
import type { SaveQueueState } from "@/components/editor/save-queue";

/**
 * "Đang lưu…", "Đã lưu lúc 14:05", "Chưa lưu được: …" (with "Thử lại").
 * Only failures are announced: a screen reader should not read out every
 * autosave.
 */
export function SaveStatus({ state, onRetry }: { state: SaveQueueState; onRetry: () => void }) {
  if (state.phase === "error" && state.error) {
    return (
      <p role="alert" data-testid="save-status" className="flex flex-wrap items-center gap-2 text-sm font-semibold text-red-800">
        {SAVE_STATUS.failed(state.error)}
        <button type="button" onClick={onRetry} className="min-h-11 rounded px-2 text-brand underline underline-offset-2">
          {SAVE_STATUS.retry}
        </button>
      </p>
    );
  }
  let text: string;
  if (state.phase === "saving") text = SAVE_STATUS.saving;
  else if (state.phase === "conflict") text = SAVE_STATUS.conflictStopped;
  else if (state.isDirty) text = SAVE_STATUS.unsaved;
  else text = state.savedAt ? SAVE_STATUS.savedAt(formatClock(state.savedAt)) : SAVE_STATUS.notYetSaved;
  return (
    <p data-testid="save-status" className="text-sm text-stone-700">
      {text}
    </p>
  );
}

/** "Nguyễn Văn A đang sửa bài này" */
export function PresenceNotice({ message }: { message: string }) {
  if (!message) return null;
  return (
    <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      {message}
    </p>
  );
}
