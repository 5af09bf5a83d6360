"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { createAutosaveTimer } from "@/components/editor/autosave-timer";
import { SAVE_STATUS } from "@/components/editor/editor-labels";
import { saveFields, type EditorValues } from "@/components/editor/editor-values";
import { clearLocalDrafts, writeLocalDraft } from "@/components/editor/local-draft";
import { createSaveQueue, type SaveOutcome, type SaveQueueState } from "@/components/editor/save-queue";
import type { ActionResult } from "@/lib/actions/action-result";
import { saveItemAction } from "@/lib/actions/item-editing";
import { correctItemAction } from "@/lib/actions/items";
import type { ItemConflict, SavedItem } from "@/lib/items/editor-types";

/** Quiet time after the last change before an autosave, and the longest a change waits. */
export const AUTOSAVE_DELAY_MS = 5_000;
export const AUTOSAVE_MAX_WAIT_MS = 20_000;
const LOCAL_COPY_DELAY_MS = 400;

function asConflict(value: unknown): ItemConflict | undefined {
  if (!value || typeof value !== "object") return undefined;
  const c = value as Partial<ItemConflict>;
  const isValid =
    typeof c.version === "number" && typeof c.savedByName === "string" && typeof c.savedAt === "string" && typeof c.title === "string" && typeof c.lead === "string" && typeof c.bodyHtml === "string";
  return isValid ? (c as ItemConflict) : undefined;
}

/** An action's answer as the save queue reads it; a field's own message beats the generic one. */
export function toOutcome(result: ActionResult<SavedItem>): SaveOutcome {
  if (result.ok) {
    return result.data ? { ok: true, version: result.data.version, savedAt: result.data.savedAt } : { ok: false, error: SAVE_STATUS.network };
  }
  const fieldMessage = Object.values(result.fieldErrors ?? {}).flat()[0];
  return { ok: false, error: fieldMessage ?? result.error, conflict: asConflict(result.conflict) };
}

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

/**
 * The editor's saving: the serialised queue, the autosave countdown, the
 * local copy, and saving when the page is hidden or left. In "correct" mode
 * nothing is saved on its own: each save publishes a correction note.
 */
export function useSaveSession({
  itemId,
  version,
  savedAt,
  mode,
  isAutosaveOn,
  snapshot,
  readCorrectionNote,
}: {
  itemId: number;
  version: number;
  savedAt: string;
  mode: "edit" | "correct";
  isAutosaveOn: boolean;
  snapshot: () => EditorValues;
  /** The "Nội dung đính chính" at the moment a correction is sent. */
  readCorrectionNote: () => string;
}) {
  const localTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [state, setState] = useState<SaveQueueState | null>(null);
  const send = useCallback(
    async (values: EditorValues, meta: { version: number; isAutosave: boolean }): Promise<SaveOutcome> => {
      const fields = { ...saveFields(values), itemId, version: meta.version };
      const result =
        mode === "correct" ? await correctItemAction({ ...fields, isAutosave: false, correctionNote: readCorrectionNote() }) : await saveItemAction({ ...fields, isAutosave: meta.isAutosave });
      return toOutcome(result);
    },
    [itemId, mode, readCorrectionNote],
  );
  const [queue] = useState(() =>
    createSaveQueue<EditorValues>({
      version,
      savedAt,
      snapshot,
      send,
      networkError: SAVE_STATUS.network,
      onChange: (next) => {
        setState(next);
        const store = storage();
        if (store && next.phase === "saved" && !next.isDirty) clearLocalDrafts(store, itemId);
      },
    }),
  );
  const [timer] = useState(() => createAutosaveTimer({ delayMs: AUTOSAVE_DELAY_MS, maxWaitMs: AUTOSAVE_MAX_WAIT_MS, onFire: () => void queue.save({ isAutosave: true }) }));

  const writeLocalCopy = useCallback(() => {
    if (localTimer.current) clearTimeout(localTimer.current);
    localTimer.current = null;
    const store = storage();
    const current = queue.getState();
    if (!store || !current.isDirty) return;
    writeLocalDraft(store, { itemId, baseVersion: current.version, savedLocallyAt: new Date().toISOString(), values: snapshot() });
  }, [itemId, queue, snapshot]);

  /** Call on every change of the text or a field. */
  const changed = useCallback(() => {
    queue.markChanged();
    if (localTimer.current) clearTimeout(localTimer.current);
    localTimer.current = setTimeout(writeLocalCopy, LOCAL_COPY_DELAY_MS);
    if (isAutosaveOn && queue.getState().phase !== "conflict") timer.poke();
  }, [queue, timer, writeLocalCopy, isAutosaveOn]);

  const saveNow = useCallback(() => {
    timer.cancel();
    return queue.save({ isAutosave: false });
  }, [queue, timer]);

  // Leaving: a hidden tab (phones switch apps without closing), a closed
  // tab, or another back-office page. The local copy covers what a request
  // cut short by the unload cannot.
  useEffect(() => {
    const saveOnLeave = () => {
      writeLocalCopy();
      timer.cancel();
      if (isAutosaveOn && queue.getState().isDirty) void queue.save({ isAutosave: true });
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") saveOnLeave();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const current = queue.getState();
      if (!current.isDirty && !queue.isBusy()) return;
      event.preventDefault();
      // Older browsers need a value; the text itself is the browser's own.
      event.returnValue = SAVE_STATUS.leaveWarning;
    };
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", saveOnLeave);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", saveOnLeave);
      window.removeEventListener("beforeunload", onBeforeUnload);
      saveOnLeave();
    };
  }, [queue, timer, writeLocalCopy, isAutosaveOn]);

  return { state: state ?? queue.getState(), queue, changed, saveNow, writeLocalCopy, cancelAutosave: timer.cancel };
}
