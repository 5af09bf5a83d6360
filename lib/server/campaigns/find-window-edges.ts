import "server-only";
import { db } from "@/lib/db";

// Runs in the launcher (no Next.js, no "server-only"): every start and end of
// a campaign or a banner, whatever its state, is an instant at which a public
// page may change.

export type WindowEdges = { isCrossed: boolean; next: Date | null };

/** Whether an edge fell in (since, until], and the first edge after `until`. */
export async function findWindowEdges(since: Date, until: Date): Promise<WindowEdges> {
  const [row] = await db.$queryRaw<{ crossed: boolean; next: Date | null }[]>`
    WITH edges AS (
      SELECT starts_at AS at FROM campaigns
      UNION ALL SELECT ends_at FROM campaigns
      UNION ALL SELECT starts_at FROM banners WHERE starts_at IS NOT NULL
      UNION ALL SELECT ends_at FROM banners WHERE ends_at IS NOT NULL
    )
    SELECT EXISTS (SELECT 1 FROM edges WHERE at > ${since} AND at <= ${until}) AS crossed,
           (SELECT min(at) FROM edges WHERE at > ${until}) AS next`;
  return { isCrossed: Boolean(row?.crossed), next: row?.next ? new Date(row.next) : null };
}
