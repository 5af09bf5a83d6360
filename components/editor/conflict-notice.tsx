"use client";

import { CONFLICT, formatClock } from "@/components/editor/editor-labels";
import { Button } from "@/components/ui/button";
import type { ItemConflict } from "@/lib/items/editor-types";

type Version = { title: string; lead: string };

/**
 * Somebody saved first. Their version beside this one, and an explicit
 * choice; until then nothing is saved.
 */
export function ConflictNotice({
  conflict,
  viewerName,
  mine,
  mineBodyHtml,
  isBusy,
  onUseTheirs,
  onKeepMine,
}: {
  conflict: ItemConflict;
  viewerName: string;
  mine: Version;
  mineBodyHtml: string;
  isBusy: boolean;
  onUseTheirs: () => void;
  onKeepMine: () => void;
}) {
  const column = (heading: string, version: Version, bodyHtml: string) => (
    <section aria-label={heading} className="min-w-0 rounded border border-stone-200 bg-white p-3">
      <h3 className="text-sm font-bold tracking-wide text-stone-600 uppercase">{heading}</h3>
      <p className="mt-2 text-lg font-bold text-stone-900">{version.title || CONFLICT.untitled}</p>
      {version.lead && <p className="mt-1 font-semibold text-stone-800">{version.lead}</p>}
      {/* Their body is the server's sanitised HTML; ours is the editor's own rendering of the same schema. */}
      <div className="prose-article mt-3 max-h-96 overflow-y-auto text-base" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
    </section>
  );
  return (
    <div role="alert" className="space-y-3 rounded border-2 border-red-700 bg-red-50 p-4">
      <h2 className="text-lg font-bold text-red-900">{CONFLICT.title}</h2>
      <p className="text-red-900">{CONFLICT.message(conflict.savedByName === viewerName ? CONFLICT.yourself : conflict.savedByName, formatClock(conflict.savedAt))}</p>
      <div className="grid gap-3 lg:grid-cols-2">
        {column(`${CONFLICT.theirs} (${formatClock(conflict.savedAt)})`, conflict, conflict.bodyHtml)}
        {column(CONFLICT.mine, mine, mineBodyHtml)}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="button" variant="secondary" disabled={isBusy} onClick={onUseTheirs}>
          {CONFLICT.useTheirs}
        </Button>
        <Button type="button" disabled={isBusy} onClick={onKeepMine}>
          {CONFLICT.keepMine}
        </Button>
        <p className="text-sm text-stone-700">{CONFLICT.keepMineHint}</p>
      </div>
    </div>
  );
}
