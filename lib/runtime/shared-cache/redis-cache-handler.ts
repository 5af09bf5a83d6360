import fs from "node:fs";
import path from "node:path";
import { Redis } from "ioredis";
import { parseEnv } from "@/lib/env-schema";
import { deserializeEntry, serializeEntry } from "./cache-serialization";

// Next's data cache (unstable_cache, cached route responses) in Redis, so
// that every instance reads the same entries and a tag expired on one
// instance is expired on all: next.config.ts loads this handler when
// REDIS_URL is set. Tag expiry is a timestamp per tag; an entry written
// before its tags' latest expiry is a miss. Expiry is always immediate (the
// site only uses updateTag and revalidateTag with expire: 0).
//
// Redis down or slow is a miss, never an error: commands fail at once while
// the connection is down and time out after COMMAND_TIMEOUT_MS, and the page
// is rendered from PostgreSQL. Entries expire after TTL_SECONDS whatever
// happens, and every (re)connection expires everything written before it
// (the ALL_TAG every entry carries): a tag expiry lost while this instance
// could not reach Redis cannot leave another instance's stale entry behind.

const COMMAND_TIMEOUT_MS = 500;
const TTL_SECONDS = 3600;
const ALL_TAG = "*";

type Entry = { value: unknown; lastModified: number; tags: string[] };
type GetContext = { tags?: string[]; softTags?: string[] };
type SetContext = { tags?: string[] };

let connection: Redis | undefined;

function redis(): Redis {
  // Next loads this file in its own process outside its bundles, so it reads
  // the pure parser, not the server-only lib/env.ts (see next-server.ts).
  connection ??= new Redis(parseEnv(process.env).redisUrl!, {
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    commandTimeout: COMMAND_TIMEOUT_MS,
    retryStrategy: (times) => Math.min(times * 200, 1000),
  })
    .on("error", () => undefined)
    .on("ready", () => {
      connection?.set(tagKey(ALL_TAG), String(Date.now())).catch(() => undefined);
    });
  return connection;
}

function buildIdOf(serverDistDir: string | undefined): string {
  try {
    return fs.readFileSync(path.join(serverDistDir ?? "", "..", "BUILD_ID"), "utf8").trim();
  } catch {
    return "dev";
  }
}

const tagKey = (tag: string) => `trang:tag:${tag}`;

/** The tags Next stores in a cached response's headers (x-next-cache-tags), if any. */
function tagsOfValue(value: unknown): string[] {
  const record = value as { tags?: unknown; headers?: Record<string, unknown> } | null;
  if (Array.isArray(record?.tags)) return record.tags.filter((tag): tag is string => typeof tag === "string");
  const header = record?.headers?.["x-next-cache-tags"];
  return typeof header === "string" ? header.split(",") : [];
}

export default class RedisCacheHandler {
  private readonly prefix: string;

  constructor(options: { serverDistDir?: string }) {
    // Entries of another build may not have the shapes this build expects.
    this.prefix = `trang:data:${buildIdOf(options.serverDistDir)}:`;
  }

  async get(key: string, context: GetContext): Promise<{ value: unknown; lastModified: number } | null> {
    const client = redis();
    if (client.status !== "ready") return null;
    try {
      const text = await client.get(this.prefix + key);
      if (!text) return null;
      const entry = deserializeEntry<Entry>(text);
      const tags = [...new Set([ALL_TAG, ...entry.tags, ...(context.tags ?? []), ...(context.softTags ?? [])])];
      const expiries = await client.mget(tags.map(tagKey));
      if (expiries.some((expiry) => expiry !== null && Number(expiry) >= entry.lastModified)) return null;
      return { value: entry.value, lastModified: entry.lastModified };
    } catch {
      return null;
    }
  }

  async set(key: string, value: unknown, context: SetContext): Promise<void> {
    const client = redis();
    if (client.status !== "ready") return;
    try {
      if (value === null) {
        await client.del(this.prefix + key);
        return;
      }
      const entry: Entry = { value, lastModified: Date.now(), tags: [...new Set([...(context.tags ?? []), ...tagsOfValue(value)])] };
      await client.set(this.prefix + key, serializeEntry(entry), "EX", TTL_SECONDS);
    } catch {
      // A write that fails is only a miss later.
    }
  }

  async revalidateTag(tags: string | string[]): Promise<void> {
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length === 0) return;
    const client = redis();
    if (client.status !== "ready") return;
    const now = String(Date.now());
    try {
      await client.mset(Object.fromEntries(list.map((tag) => [tagKey(tag), now])));
    } catch {
      // Entries expire after TTL_SECONDS anyway; see the note above.
    }
  }

  resetRequestCache(): void {}
}
