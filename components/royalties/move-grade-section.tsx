"use client";

import { useEffect, useState } from "react";
import { GradeFieldset, readGradeFields } from "@/components/royalties/grade-fieldset";
import { loadGradingContextAction } from "@/lib/actions/royalty-grades";
import type { GradingContext } from "@/lib/server/royalties/get-item-grade";
import { ROYALTY_MESSAGES } from "@/lib/royalties/royalty-labels";
import type { RoyaltyGradeRawInput } from "@/lib/validations/royalty-grade";

// The optional grading part of the board's publish and schedule dialogs. It
// loads the year's table when the dialog opens (again when a scheduled time
// falls in another year); people who may not grade never see it. "Chấm
// nhuận bút sau" leaves the item ungraded (graded later on its page).

const CHOICE = "grade.choice";

/** The grade to send with the move, or undefined when the board grades later. */
export function readMoveGrade(data: FormData): RoyaltyGradeRawInput | undefined {
  return data.get(CHOICE) === "now" ? readGradeFields(data) : undefined;
}

const yearOf = (iso: string | null) => (iso ? new Date(new Date(iso).getTime() + 7 * 3_600_000).getUTCFullYear() : null);

export function MoveGradeSection({ itemId, at, errors }: { itemId: number; at: string | null; errors?: readonly string[] }) {
  const year = yearOf(at) ?? yearOf(new Date().toISOString());
  const [loaded, setLoaded] = useState<{ year: number | null; context: GradingContext | null } | null>(null);
  const [isNow, setIsNow] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    loadGradingContextAction({ itemId, at: at ?? undefined }).then(
      (result) => isCurrent && setLoaded({ year, context: result.ok ? (result.data ?? null) : null }),
      () => isCurrent && setLoaded({ year, context: null }),
    );
    return () => {
      isCurrent = false;
    };
    // Reload only when the year changes, not on every minute of the time picker.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [itemId, year]);

  const context = loaded?.year === year ? loaded.context : null;
  if (!loaded) return <p className="text-sm text-stone-600">Đang tải định mức nhuận bút…</p>;
  if (!context) return null;
  if (context.isGraded) return <p className="text-sm text-stone-700">Bài đã được chấm nhuận bút; sửa (có ghi lý do) ở trang bài viết.</p>;
  return (
    <fieldset className="space-y-3 rounded border border-stone-200 bg-stone-50 p-3">
      <legend className="px-1 text-sm font-bold text-stone-900">Nhuận bút</legend>
      <div className="flex flex-wrap gap-4 text-sm">
        <label className="inline-flex min-h-11 items-center gap-2">
          <input type="radio" name={CHOICE} value="later" checked={!isNow} onChange={() => setIsNow(false)} />
          {ROYALTY_MESSAGES.gradeLater}
        </label>
        <label className="inline-flex min-h-11 items-center gap-2">
          <input type="radio" name={CHOICE} value="now" checked={isNow} onChange={() => setIsNow(true)} disabled={!context.schedule} />
          {ROYALTY_MESSAGES.gradeNow}
        </label>
      </div>
      {(isNow || !context.schedule) && <GradeFieldset key={context.year} context={context} errors={errors} />}
    </fieldset>
  );
}
