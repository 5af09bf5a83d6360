import "server-only";
import { publishDueItems } from "@/lib/server/workflow/publish-due-items";

// Publishes scheduled items on time, whether or not anybody visits the site:
// once at start (catching up on whatever fell due while the site was down),
// then every few seconds. Runs in the `npm start` launcher; never imports
// Next.js, so it works outside any request.

export type SchedulerOptions = {
  intervalSeconds: number;
  /**
   * After items were published: expire the public caches. A failure (the
   * server is still starting, say) is retried after the next run.
   */
  onPublished: (itemIds: number[]) => Promise<void>;
  now?: () => Date;
};

export type Scheduler = { stop(): Promise<void> };

/** The start-up catch-up: every overdue SCHEDULED item is published now, dated its promised time. */
export async function catchUpScheduledItems(now: Date = new Date()): Promise<number[]> {
  // A run takes one batch; at start, take every batch before the site serves.
  const published: number[] = [];
  for (let batch = await publishDueItems({ now }); batch.length > 0; batch = await publishDueItems({ now })) published.push(...batch);
  if (published.length > 0) console.log(`Scheduler: published ${published.length} overdue scheduled item(s) at start.`);
  return published;
}

/** Starts the timer; runs never overlap, and stop() waits for a run in progress. */
export function startScheduler({ intervalSeconds, onPublished, now = () => new Date() }: SchedulerOptions): Scheduler {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let isStopped = false;
  let unexpired: number[] = [];

  async function run(): Promise<void> {
    try {
      unexpired = [...unexpired, ...(await publishDueItems({ now: now() }))];
      if (unexpired.length === 0) return;
      await onPublished(unexpired);
      unexpired = [];
    } catch (error) {
      console.error(`Scheduler: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  function schedule(): void {
    if (isStopped) return;
    timer = setTimeout(() => {
      running = run().finally(() => {
        running = undefined;
        schedule();
      });
    }, intervalSeconds * 1000);
    // The launcher stays up for its server, not for this timer.
    timer.unref();
  }

  schedule();
  return {
    async stop() {
      isStopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
