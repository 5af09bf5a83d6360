import type { CurrentUser } from "@/lib/server/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/content/dates";
import { GradeDialog } from "@/components/royalties/grade-dialog";
import { formatVnd } from "@/lib/royalties/format-vnd";
import { getGradingContext, getItemGrade } from "@/lib/server/royalties/get-item-grade";
import { GENRE_LABELS } from "@/lib/royalties/royalty-labels";
import { formatCoefficient, formatSharePercent } from "@/lib/royalties/royalty-maths";
import { royaltyPeriodLabel } from "@/lib/royalties/royalty-period";
import { isAuthorOf } from "@/lib/workflow/transitions";

/**
 * The item page's royalty panel (board and royalty secretary): the grade,
 * its amount and shares, its corrections, and "Chấm nhuận bút" / "Sửa" for
 * a board member who did not write the item.
 */
export async function ItemGradePanel({ itemId, actor }: { itemId: number; actor: CurrentUser }) {
  if (!can(actor, "royalties.grade") && !can(actor, "royalties.manage")) return null;
  const view = await getItemGrade(itemId);
  if (!view || (!view.grade && !view.gradableAt)) return null;
  const mayGrade = can(actor, "royalties.grade") && !isAuthorOf(actor.id, view);
  const grade = view.grade;
  const at = grade ? null : view.gradableAt;
  const context = mayGrade ? await getGradingContext(itemId, at ?? new Date(`${grade!.period}-15T00:00:00+07:00`)) : null;
  const headingId = `nhuan-but-${itemId}`;
  return (
    <section aria-labelledby={headingId} className="border-t border-stone-200 pt-4" data-royalty-panel="">
      <h2 id={headingId} className="mb-2 text-base font-bold text-stone-900">
        Nhuận bút
      </h2>
      {grade ? (
        <div className="space-y-2 text-sm">
          <p className="text-lg font-bold text-stone-900" data-royalty-total="">
            {formatVnd(grade.totalVnd)}
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt className="text-stone-600">Kỳ</dt>
            <dd>{royaltyPeriodLabel(grade.period)}</dd>
            <dt className="text-stone-600">Thể loại</dt>
            <dd>
              {GENRE_LABELS[grade.genre]}, loại {grade.grade}
            </dd>
            <dt className="text-stone-600">Hệ số</dt>
            <dd>
              {formatCoefficient(grade.coefficient)} × {formatVnd(grade.unitValueVnd)}
            </dd>
            {grade.bonusName && (
              <>
                <dt className="text-stone-600">Thưởng</dt>
                <dd>
                  {grade.bonusName}: {grade.bonusPercent} %
                </dd>
              </>
            )}
            {grade.note && (
              <>
                <dt className="text-stone-600">Ghi chú</dt>
                <dd>{grade.note}</dd>
              </>
            )}
          </dl>
          <ul className="space-y-1">
            {grade.shares.map((share) => (
              <li key={share.userId}>
                <span className="font-semibold text-stone-900">{share.name}</span>: {formatSharePercent(share.basisPoints)} % = {formatVnd(share.amountVnd)}
              </li>
            ))}
          </ul>
          <p className="text-xs text-stone-600">
            Chấm bởi {grade.gradedBy} lúc <time dateTime={grade.gradedAt.toISOString()}>{formatDateTime(grade.gradedAt)}</time>.
          </p>
          {view.history.length > 0 && (
            <div>
              <h3 className="font-semibold text-stone-900">Các lần sửa</h3>
              <ol className="mt-1 space-y-1">
                {view.history.map((change) => (
                  <li key={change.id} className="rounded border-l-4 border-stone-300 bg-stone-50 px-2 py-1">
                    <time dateTime={change.changedAt.toISOString()}>{formatDateTime(change.changedAt)}</time>, {change.changedBy}
                    {change.totalBefore !== null && change.totalAfter !== null && ` (${formatVnd(change.totalBefore)} → ${formatVnd(change.totalAfter)})`}: {change.reason}
                  </li>
                ))}
              </ol>
            </div>
          )}
          {context && (
            <GradeDialog
              mode="regrade"
              context={context}
              initial={{
                genre: grade.genre,
                grade: grade.grade,
                coefficient: formatCoefficient(grade.coefficient),
                bonusId: grade.bonusId === null ? "" : String(grade.bonusId),
                bonusPercent: grade.bonusId === null ? "" : String(grade.bonusPercent),
                note: grade.note ?? "",
                shares: Object.fromEntries(grade.shares.map((share) => [share.userId, formatSharePercent(share.basisPoints)])),
              }}
            />
          )}
        </div>
      ) : (
        <div className="space-y-2 text-sm">
          <p className="text-stone-700">Chưa chấm nhuận bút.</p>
          {context && <GradeDialog mode="grade" context={context} />}
        </div>
      )}
    </section>
  );
}
