import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";

// With several instances behind a load balancer, a change made on one must
// empty every instance's page cache. Each instance publishes its purges on a
// Redis channel and listens to the others'. While the subscription is down
// an instance cannot hear of changes, so it stops answering from its page
// cache (readers get pages rendered by Next, never stale ones) and empties
// it when the subscription is back.

const CHANNEL = "trang:page-cache:purge";

export type PurgeBus = {
  /** Tells the other instances to purge (this one purges itself). */
  publish(): void;
  /** False while the subscription is down: the page cache must not answer. */
  readonly isListening: boolean;
  close(): Promise<void>;
};

export function createPurgeBus({ redisUrl, onRemotePurge }: { redisUrl: string; onRemotePurge: () => void }): PurgeBus {
  const instanceId = randomUUID();
  // Retry every second at most, forever; commands fail at once while down
  // instead of queueing (a publish that cannot go out is replaced by the
  // purge every instance makes when its subscription comes back).
  const options = { maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: (times: number) => Math.min(times * 200, 1000) };
  const publisher = new Redis(redisUrl, options);
  const subscriber = new Redis(redisUrl, { ...options, enableOfflineQueue: true });
  let isListening = false;

  const logOnce = (() => {
    let lastMessage = "";
    return (message: string) => {
      if (message !== lastMessage) console.error(message);
      lastMessage = message;
    };
  })();
  publisher.on("error", (error: Error) => logOnce(`Page cache: Redis unavailable (${error.message}); pages are rendered per request until it is back.`));
  subscriber.on("error", () => undefined);
  subscriber.on("ready", () => {
    void subscriber.subscribe(CHANNEL).then(
      () => {
        // Whatever changed while we were not listening: start afresh.
        onRemotePurge();
        isListening = true;
        console.log("Page cache: listening for other instances' changes on Redis.");
      },
      () => undefined,
    );
  });
  subscriber.on("close", () => {
    isListening = false;
  });
  subscriber.on("message", (_channel: string, from: string) => {
    if (from !== instanceId) onRemotePurge();
  });

  return {
    publish() {
      publisher.publish(CHANNEL, instanceId).catch(() => undefined);
    },
    get isListening() {
      return isListening;
    },
    async close() {
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
