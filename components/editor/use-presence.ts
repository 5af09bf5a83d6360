"use client";

import { useEffect, useState } from "react";
import { heartbeatItemAction, leaveItemAction } from "@/lib/actions/item-editing";
import type { PresenceEditor } from "@/lib/items/editor-types";

export const PRESENCE_INTERVAL_MS = 10_000;

/** Tells the server this editor is open, every few seconds; returns the others who have it open. */
export function usePresence(itemId: number): PresenceEditor[] {
  const [editors, setEditors] = useState<PresenceEditor[]>([]);

  useEffect(() => {
    let isOpen = true;
    const beat = async () => {
      try {
        const result = await heartbeatItemAction({ itemId });
        if (isOpen && result.ok) setEditors(result.data?.editors ?? []);
      } catch {
        // Offline for a moment: the next beat tries again.
      }
    };
    const leave = () => void leaveItemAction({ itemId }).catch(() => undefined);
    void beat();
    const interval = setInterval(beat, PRESENCE_INTERVAL_MS);
    window.addEventListener("pagehide", leave);
    return () => {
      isOpen = false;
      clearInterval(interval);
      window.removeEventListener("pagehide", leave);
      leave();
    };
  }, [itemId]);

  return editors;
}
