import "server-only";
import { db } from "@/lib/db";

/** One round trip through the application's own pool: rejects when PostgreSQL does not answer. */
export async function pingDatabase(): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}
