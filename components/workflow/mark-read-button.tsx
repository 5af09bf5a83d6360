"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { FlashMessage } from "@/components/ui/flash-message";
import { markNotificationsReadAction } from "@/lib/actions/notifications";
import type { ActionResult } from "@/lib/actions/action-result";

/** Marks the given notifications (or all of one's own) read, then refreshes the list and the bell. */
export function MarkReadButton({
  ids,
  label,
  accessibleName,
  variant = "secondary",
  disabled = false,
}: {
  ids?: number[];
  label: string;
  accessibleName?: string;
  variant?: ButtonVariant;
  disabled?: boolean;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ActionResult | null>(null);

  async function markRead() {
    setPending(true);
    const outcome = await markNotificationsReadAction(ids ? { ids } : {});
    setPending(false);
    // A whole-list message stays; a single row's is only worth saying when it failed.
    setResult(ids && outcome.ok ? null : outcome);
    if (outcome.ok) router.refresh();
  }

  return (
    <div className="inline-flex flex-col gap-1">
      <Button type="button" variant={variant} pending={pending} disabled={disabled} onClick={markRead} aria-label={accessibleName}>
        {label}
      </Button>
      <FlashMessage result={result} />
    </div>
  );
}
