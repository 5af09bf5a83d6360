import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { QuotaStatusBadge } from "@/components/quotas/quota-status-badge";
import { doneText, quotaTargetText } from "@/lib/quotas/quota-labels";
import type { OwnQuotaProgress as Progress } from "@/lib/quotas/quota-types";
import { adminPaths } from "@/lib/admin-paths";

/** The sentence as the editor's panel says it to the signed-in author: "Năm 2026 của bạn: còn 2 tin nữa". */
export function ownPanelText(progress: Pick<Progress, "year" | "text">): string {
  const head = `Năm ${progress.year}: `;
  return progress.text.startsWith(head) ? `Năm ${progress.year} của bạn: ${progress.text.slice(head.length)}` : progress.text;
}

/** The contributor's own year on their home page: the sentence, target and done by kind, and their items. Never anyone else's. */
export function OwnQuotaProgress({ progress }: { progress: Progress }) {
  const { evaluation } = progress;
  const hasTarget = progress.hasPlan && evaluation.status !== "NO_TARGET";
  return (
    <div className="space-y-3">
      <p className="text-lg font-bold text-stone-900" data-own-progress="">
        {progress.text}
      </p>
      {hasTarget && (
        <dl className="grid grid-cols-[auto_1fr] items-center gap-x-3 gap-y-1 text-sm">
          <dt className="text-stone-600">Chỉ tiêu</dt>
          <dd className="text-stone-900">{quotaTargetText(evaluation.target)}</dd>
          <dt className="text-stone-600">Đã có</dt>
          <dd className="text-stone-900">{doneText(evaluation.done)}</dd>
          <dt className="text-stone-600">Trạng thái</dt>
          <dd>
            <QuotaStatusBadge status={evaluation.status} />
          </dd>
        </dl>
      )}
      <Link href={adminPaths.myItems} className={buttonClass("secondary")}>
        Bài của tôi
      </Link>
    </div>
  );
}
