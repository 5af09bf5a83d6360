"use client";

import Link from "next/link";
import { useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { FlashMessage } from "@/components/ui/flash-message";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useActionForm } from "@/components/admin/use-action-form";
import { NumberSymbolStatus } from "@/components/documents-admin/number-symbol-status";
import { DOCUMENT_FORM_TEXT as TEXT } from "@/components/documents-admin/labels";
import { createDocumentAction, updateDocumentAction } from "@/lib/actions/documents";
import { DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES } from "@/lib/documents/document-type-labels";
import { NUMBER_SYMBOL_MAX_LENGTH } from "@/lib/documents/number-symbol";
import type { DocumentType } from "@/lib/generated/prisma/enums";
import { adminPaths } from "@/lib/admin-paths";
import { DOCUMENT_LIMITS, documentCreateSchema, documentUpdateSchema } from "@/lib/validations/document";

const typeOptions = DOCUMENT_TYPES.map((type) => ({ value: type, label: DOCUMENT_TYPE_LABELS[type] }));

/** The form's values as strings, as the inputs hold them ("2019-02-28" for dates). */
export type DocumentFormValues = {
  numberSymbol: string;
  type: DocumentType | "";
  issuingBody: string;
  issuedAt: string;
  effectiveAt: string;
  summary: string;
  signerName: string;
};

type FieldsProps = { values: DocumentFormValues; errors: Record<string, string[] | undefined>; issuingBodies: readonly string[]; today: string };

function DocumentFields({ values, errors, issuingBodies, today }: FieldsProps) {
  const [numberSymbol, setNumberSymbol] = useState(values.numberSymbol);
  const [type, setType] = useState(values.type);
  const isChanged = numberSymbol !== values.numberSymbol || type !== values.type;
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <TextField
            label={TEXT.numberSymbol}
            name="numberSymbol"
            required
            maxLength={NUMBER_SYMBOL_MAX_LENGTH + 20}
            autoComplete="off"
            spellCheck={false}
            value={numberSymbol}
            onChange={(event) => setNumberSymbol(event.target.value)}
            hint={TEXT.numberSymbolHint}
            errors={errors.numberSymbol}
          />
          {isChanged && !errors.numberSymbol && <NumberSymbolStatus numberSymbol={numberSymbol} type={type || null} />}
        </div>
        <SelectField
          label={TEXT.type}
          name="type"
          required
          options={typeOptions}
          placeholder={TEXT.typePlaceholder}
          value={type}
          onChange={(event) => setType(event.target.value as DocumentType | "")}
          errors={errors.type}
        />
      </div>
      <TextField
        label={TEXT.issuingBody}
        name="issuingBody"
        required
        maxLength={DOCUMENT_LIMITS.issuingBody}
        list="co-quan-ban-hanh"
        defaultValue={values.issuingBody}
        hint={TEXT.issuingBodyHint}
        errors={errors.issuingBody}
      />
      <datalist id="co-quan-ban-hanh">
        {issuingBodies.map((body) => (
          <option key={body} value={body} />
        ))}
      </datalist>
      <div className="grid gap-4 sm:grid-cols-2">
        <DateField label={TEXT.issuedAt} name="issuedAt" required max={today} min="1930-01-01" defaultValue={values.issuedAt} errors={errors.issuedAt} />
        <DateField label={TEXT.effectiveAt} name="effectiveAt" min="1930-01-01" defaultValue={values.effectiveAt} hint={TEXT.effectiveAtHint} errors={errors.effectiveAt} />
      </div>
      <TextAreaField
        label={TEXT.summary}
        name="summary"
        required
        rows={4}
        minLength={DOCUMENT_LIMITS.summaryMin}
        maxLength={DOCUMENT_LIMITS.summary}
        defaultValue={values.summary}
        hint={TEXT.summaryHint}
        errors={errors.summary}
      />
      <TextField label={TEXT.signerName} name="signerName" maxLength={DOCUMENT_LIMITS.signerName} defaultValue={values.signerName} hint={TEXT.signerNameHint} errors={errors.signerName} />
    </>
  );
}

const EMPTY: DocumentFormValues = { numberSymbol: "", type: "", issuingBody: "", issuedAt: "", effectiveAt: "", summary: "", signerName: "" };

export function CreateDocumentForm({ issuingBodies, today }: { issuingBodies: readonly string[]; today: string }) {
  const { result, formProps, fieldErrors, pending } = useActionForm(createDocumentAction, { schema: documentCreateSchema });
  return (
    <form {...formProps} className="max-w-3xl space-y-4 rounded border border-stone-200 bg-white p-4 sm:p-6">
      <FlashMessage result={result} />
      <DocumentFields values={EMPTY} errors={fieldErrors} issuingBodies={issuingBodies} today={today} />
      <p className="text-sm text-stone-600">{TEXT.createNote}</p>
      <div className="flex flex-wrap gap-2">
        <Button pending={pending}>{TEXT.create}</Button>
        <Link href={adminPaths.documents} className={buttonClass("secondary")}>
          {TEXT.backToList}
        </Link>
      </div>
    </form>
  );
}

type EditProps = { documentId: number; updatedAt: string; values: DocumentFormValues; issuingBodies: readonly string[]; today: string };

export function EditDocumentForm({ documentId, updatedAt, values, issuingBodies, today }: EditProps) {
  const { result, formProps, fieldErrors, pending } = useActionForm(updateDocumentAction, { schema: documentUpdateSchema });
  // After a save the fields start again from what was stored (the number/symbol tidied).
  const savedAt = result?.ok ? result.data?.updatedAt : undefined;
  return (
    <form {...formProps} className="space-y-4 rounded border border-stone-200 bg-white p-4 sm:p-6">
      <FlashMessage result={result} />
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="expectedUpdatedAt" value={savedAt && savedAt > updatedAt ? savedAt : updatedAt} />
      <DocumentFields key={savedAt ?? "loaded"} values={values} errors={fieldErrors} issuingBodies={issuingBodies} today={today} />
      <Button pending={pending}>{TEXT.save}</Button>
    </form>
  );
}
