"use client";

import { formatClock, RESTORE } from "@/components/editor/editor-labels";
import { Button } from "@/components/ui/button";

/** A copy newer than the server's was found in this browser: bring it back or drop it. */
export function RestoreNotice({ savedLocallyAt, onRestore, onDismiss }: { savedLocallyAt: string; onRestore: () => void; onDismiss: () => void }) {
  return (
    <div role="alert" className="flex flex-wrap items-center justify-between gap-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
      <p className="text-sm">{RESTORE.message(formatClock(savedLocallyAt))}</p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={onRestore}>
          {RESTORE.restore}
        </Button>
        <Button type="button" variant="secondary" onClick={onDismiss}>
          {RESTORE.dismiss}
        </Button>
      </div>
    </div>
  );
}
