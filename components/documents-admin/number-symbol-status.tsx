"use client";

import { DOCUMENT_FORM_TEXT as TEXT } from "@/components/documents-admin/labels";
import { validateNumberSymbol } from "@/lib/documents/number-symbol";
import type { DocumentType } from "@/lib/generated/prisma/enums";

const VALID = { PARTY: TEXT.validParty, STATE: TEXT.validState, STATE_LETTER: TEXT.validStateLetter } as const;

/** What the server will say about the number/symbol, as it is typed (the same pure check). */
export function NumberSymbolStatus({ numberSymbol, type }: { numberSymbol: string; type: DocumentType | null }) {
  if (!numberSymbol.trim()) return null;
  const checked = validateNumberSymbol(numberSymbol, type);
  return (
    <div role="status" className="mt-1 space-y-0.5 text-sm">
      {checked.ok ? (
        <>
          <p className="text-green-800">
            {VALID[checked.value.format]}
            {checked.value.normalized !== numberSymbol.trim() && ` Sẽ lưu là: ${checked.value.normalized}`}
          </p>
          {checked.warnings.map((warning) => (
            <p key={warning} className="text-amber-900">
              {warning}
            </p>
          ))}
        </>
      ) : (
        <p className="text-red-800">{checked.error}</p>
      )}
    </div>
  );
}
