import Link from "next/link";
import type { CurrentUser } from "@/lib/server/auth/current-user";
import { formatDateTime } from "@/lib/content/dates";
import { formatElapsed } from "@/lib/items/format-waiting-time";
import { getItemPanel } from "@/lib/server/items/lists/get-item-panel";
import { listItemHistory } from "@/lib/server/items/history/list-item-history";
import { countPublishedThisYear } from "@/lib/server/quotas/count-published-this-year";
import { getOwnQuotaProgress } from "@/lib/server/quotas/get-own-progress";
import { formatPublishedCounts, NO_PUBLISHED } from "@/lib/quotas/format-quota-progress";
import { adminPaths } from "@/lib/urls";
import { buttonClass } from "@/components/ui/button";
import { ownPanelText } from "@/components/quotas/own-quota-progress";
import { ItemCampaignPicker } from "@/components/campaigns/item-campaign-picker";
import { ItemChannelPanel } from "@/components/channels/item-channel-panel";
import { ItemGradePanel } from "@/components/royalties/item-grade-panel";
import { ItemHistory } from "@/components/workflow/item-history";
import { ItemStatusBadge } from "@/components/workflow/item-status-badge";
import { MoveButtons } from "@/components/workflow/move-buttons";
import { NoteForm } from "@/components/workflow/note-form";

function PanelSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="border-t border-stone-200 pt-4 first:border-t-0 first:pt-0">
      <h2 id={id} className="mb-2 text-base font-bold text-stone-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * Beside the editor: status and waiting time, the moves this person may make
 * (with note / schedule dialogs), editorial notes, the workflow history, the
 * author's quota progress for the year, links to preview and revisions.
 */
export async function ItemSidePanel({ itemId, actor }: { itemId: number; actor: CurrentUser }) {
  const panel = await getItemPanel(itemId, actor);
  if (!panel) return null;
  const [progress, history, own] = await Promise.all([
    countPublishedThisYear(panel.authors.map((author) => author.id)),
    listItemHistory({ actor, itemId: panel.id }),
    // Only the signed-in person's own target, and only on their own items.
    panel.isActorAuthor ? getOwnQuotaProgress(actor.id) : null,
  ]);
  // Notes read as a conversation, oldest first; the timeline keeps the rest, newest first.
  const notes = history.filter((entry) => entry.kind === "note").reverse();
  const timeline = history.filter((entry) => entry.kind !== "note");
  const now = new Date();
  const prefix = `bang-${panel.id}`;
  return (
    // The editor page frames it (<aside aria-label="Quy trình biên tập">).
    <div className="space-y-4">
      <PanelSection id={`${prefix}-trang-thai`} title="Trạng thái">
        <p className="flex flex-wrap items-center gap-2">
          <ItemStatusBadge status={panel.status} />
          <span className="text-sm text-stone-600">
            từ {formatElapsed(panel.statusChangedAt, now)} trước (<time dateTime={panel.statusChangedAt.toISOString()}>{formatDateTime(panel.statusChangedAt)}</time>)
          </span>
        </p>
        {panel.status === "SCHEDULED" && panel.scheduledAt && (
          <p className="mt-2 text-sm font-semibold text-stone-900">
            Hẹn đăng lúc <time dateTime={panel.scheduledAt.toISOString()}>{formatDateTime(panel.scheduledAt)}</time>
          </p>
        )}
        <div className="mt-3">
          <MoveButtons itemId={panel.id} status={panel.status} offers={panel.moves} />
        </div>
        <p className="mt-3 flex flex-wrap gap-2">
          <Link href={adminPaths.itemPreview(panel.id)} className={buttonClass("ghost")}>
            Xem trước
          </Link>
          <Link href={adminPaths.itemRevisions(panel.id)} className={buttonClass("ghost")}>
            Các phiên bản
          </Link>
        </p>
      </PanelSection>

      <PanelSection id={`${prefix}-chi-tieu`} title="Tiến độ của tác giả">
        {own && (
          <p className="mb-2 rounded border-l-4 border-brand bg-stone-50 px-3 py-2 text-sm font-semibold text-stone-900" data-own-progress="">
            {ownPanelText(own)}
          </p>
        )}
        <ul className="space-y-1 text-sm">
          {panel.authors.map((author) => (
            <li key={author.id}>
              <span className="font-semibold text-stone-900">{author.name}</span>: {formatPublishedCounts(progress.byUser.get(author.id) ?? NO_PUBLISHED)}
            </li>
          ))}
        </ul>
        <p className="mt-1 text-xs text-stone-600">Số tin, bài đã đăng trong năm {progress.year}.</p>
      </PanelSection>

      <PanelSection id={`${prefix}-gop-y`} title="Góp ý biên tập">
        {notes.length === 0 ? (
          <p className="text-sm text-stone-600">Chưa có góp ý nào.</p>
        ) : (
          <ol className="space-y-3">
            {notes.map((note) => (
              <li key={note.key} className="rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm">
                <p className="text-stone-600">
                  <span className="font-semibold text-stone-900">{note.actorName}</span> · <time dateTime={note.at}>{note.atText}</time>
                </p>
                <p className="mt-1 whitespace-pre-line text-stone-900">{note.body}</p>
              </li>
            ))}
          </ol>
        )}
        {panel.canWriteNote && (
          <div className="mt-3">
            <NoteForm itemId={panel.id} />
          </div>
        )}
      </PanelSection>

      <ItemChannelPanel itemId={panel.id} status={panel.status} actor={actor} />
      <ItemGradePanel itemId={panel.id} actor={actor} />

      <ItemCampaignPicker itemId={panel.id} actor={actor} />

      <PanelSection id={`${prefix}-lich-su`} title="Lịch sử xử lý">
        <ItemHistory entries={timeline} />
      </PanelSection>
    </div>
  );
}
