import "server-only";
import { db } from "@/lib/db";

/** Issuing bodies already used, for the form's suggestions (so one body is not spelt three ways). */
export async function listIssuingBodies(): Promise<string[]> {
  const rows = await db.directiveDocument.findMany({ distinct: ["issuingBody"], select: { issuingBody: true }, take: 200 });
  return rows.map((row) => row.issuingBody).sort((a, b) => a.localeCompare(b, "vi"));
}
