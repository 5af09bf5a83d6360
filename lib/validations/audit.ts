import { z } from "zod";
import { dayTextToIso, normalizeDayText } from "@/lib/dates/day-text";

// The audit log viewer's filters, from the URL (?nguoi=&hanhdong=&tu=&den=):
// a malformed value is ignored, never an error page.

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
// The form sends dd/mm/yyyy; old links carry yyyy-mm-dd. Both become "2026-12-07".
const isoDay = z.preprocess(
  normalizeDayText,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    // Date.parse would take 2026-11-31 for 1 December.
    .refine((value) => dayTextToIso(value) !== null),
);

export const auditFilterSchema = z.object({
  actorId: optional(z.coerce.number().int().positive()),
  action: optional(z.string().trim().min(1).max(100).regex(/^[a-z0-9.-]+$/)),
  from: optional(isoDay),
  to: optional(isoDay),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export function parseAuditFilter(params: Record<string, string | string[] | undefined>): AuditFilter {
  const first = (key: string) => {
    const value = params[key];
    const text = Array.isArray(value) ? value[0] : value;
    return text || undefined;
  };
  return auditFilterSchema.parse({ actorId: first("nguoi"), action: first("hanhdong"), from: first("tu"), to: first("den") });
}
