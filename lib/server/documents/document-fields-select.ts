import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A document's own fields, as its page shows them to readers and its edit page to the office. */
export const documentFieldsSelect = {
  slug: true,
  numberSymbol: true,
  type: true,
  issuingBody: true,
  issuedAt: true,
  effectiveAt: true,
  summary: true,
  signerName: true,
} as const satisfies Prisma.DirectiveDocumentSelect;
