import "server-only";
import { findWindowEdges } from "@/lib/server/campaigns/find-window-edges";

// Campaign and banner windows change public pages at their edges, not when
// someone saves something, so nothing in the server would expire a cached
// page then. The launcher runs this beside the publication scheduler: it
// checks every `intervalSeconds` whether an edge passed since the last check,
// and also wakes exactly at the next known edge, then asks the server to
// expire its public caches (onEdge: the loopback cache-expiry route). A
// failed expiry is retried at the next check (the window is not advanced).

export type WindowEdgeWatcherOptions = {
  intervalSeconds: number;
  onEdge: () => Promise<void>;
  now?: () => Date;
};

export type WindowEdgeWatcher = { stop(): Promise<void> };

/** A timer a little after the edge, so the edge is already "passed" by the clock then. */
const SLACK_MS = 50;

export function startWindowEdgeWatcher({ intervalSeconds, onEdge, now = () => new Date() }: WindowEdgeWatcherOptions): WindowEdgeWatcher {
  let checkedUntil = now();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let isStopped = false;
  const intervalMs = intervalSeconds * 1000;

  async function check(): Promise<number> {
    const until = now();
    try {
      const { isCrossed, next } = await findWindowEdges(checkedUntil, until);
      if (isCrossed) await onEdge();
      checkedUntil = until;
      return next ? Math.max(0, next.getTime() - until.getTime()) + SLACK_MS : intervalMs;
    } catch (error) {
      console.error(`Window edges: ${error instanceof Error ? error.message : String(error)}`);
      return intervalMs;
    }
  }

  function schedule(delay: number): void {
    if (isStopped) return;
    timer = setTimeout(() => {
      running = check().then((untilNext) => {
        running = undefined;
        schedule(Math.min(intervalMs, untilNext));
      });
    }, delay);
    timer.unref();
  }

  schedule(0);
  return {
    async stop() {
      isStopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
