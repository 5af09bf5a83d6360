"use client";

import { useState } from "react";
import { FIELDS, formatClock } from "@/components/editor/editor-labels";
import type { SaveQueueState } from "@/components/editor/save-queue";
import { TextAreaField } from "@/components/ui/text-area-field";
import { Button } from "@/components/ui/button";

const NOTE_MIN = 5;
const NOTE_MAX = 1000;

/**
 * Đính chính: a published item changes only together with a dated public
 * note. Nothing is saved until this is sent.
 */
export function CorrectionFields({ note, onNoteChange, state, onSubmit }: { note: string; onNoteChange: (note: string) => void; state: SaveQueueState; onSubmit: () => Promise<SaveQueueState> }) {
  const [error, setError] = useState<string | null>(null);
  const [doneAt, setDoneAt] = useState<string | null>(null);

  async function submit() {
    if (note.trim().length < NOTE_MIN) {
      setError(FIELDS.correctionMissing);
      return;
    }
    setError(null);
    setDoneAt(null);
    const settled = await onSubmit();
    if (settled.phase === "saved" && settled.savedAt) setDoneAt(settled.savedAt);
  }

  return (
    <section aria-labelledby="dinh-chinh" className="space-y-3 rounded border-2 border-amber-300 bg-amber-50 p-4 sm:p-6">
      <h2 id="dinh-chinh" className="text-lg font-bold text-stone-900">
        {FIELDS.correctionNote}
      </h2>
      <TextAreaField
        label={FIELDS.correctionNote}
        name="correctionNote"
        required
        rows={3}
        minLength={NOTE_MIN}
        maxLength={NOTE_MAX}
        value={note}
        onChange={(event) => onNoteChange(event.target.value)}
        hint={FIELDS.correctionHint}
        errors={error ? [error] : undefined}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" pending={state.phase === "saving"} disabled={Boolean(state.conflict)} onClick={() => void submit()}>
          {FIELDS.correctionSubmit}
        </Button>
        {doneAt && (
          <p role="status" className="text-sm text-green-900">
            {FIELDS.correctionDone(formatClock(doneAt))}
          </p>
        )}
      </div>
    </section>
  );
}
