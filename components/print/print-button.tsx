"use client";

import { useSyncExternalStore } from "react";
import { buttonClass } from "@/components/ui/button";

const noop = () => () => {};

/** "In báo cáo": opens the browser's print dialog. Rendered only where JavaScript runs, so nobody meets a dead button. */
export function PrintButton({ label = "In báo cáo" }: { label?: string }) {
  const hasScript = useSyncExternalStore(noop, () => true, () => false);
  if (!hasScript) return null;
  return (
    <button type="button" className={buttonClass("primary")} onClick={() => window.print()}>
      {label}
    </button>
  );
}
