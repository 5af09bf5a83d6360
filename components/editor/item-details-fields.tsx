"use client";

import { useState } from "react";
import { CoAuthorPicker } from "@/components/editor/co-author-picker";
import { CoverField } from "@/components/editor/cover-field";
import { FIELDS } from "@/components/editor/editor-labels";
import { parseTags, type EditorValues } from "@/components/editor/editor-values";
import { KIND_OPTIONS } from "@/components/workflow/kind-options";
import { Checkbox } from "@/components/ui/checkbox";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { ItemKind } from "@/lib/generated/prisma/enums";
import type { EditorOptions } from "@/lib/items/editor-types";
import { ITEM_LIMITS } from "@/lib/validations/item";

export type DetailValues = Omit<EditorValues, "bodyJson" | "title" | "lead">;

/** Kind, sections, tags, people and cover: the fields beside the text. */
export function ItemDetailsFields({ value, options, onChange }: { value: DetailValues; options: EditorOptions; onChange: (patch: Partial<DetailValues>) => void }) {
  const [tagText, setTagText] = useState(value.tags.join(", "));

  function toggleSection(id: number, isChecked: boolean) {
    onChange({ sectionIds: isChecked ? [...value.sectionIds.filter((other) => other !== id), id] : value.sectionIds.filter((other) => other !== id) });
  }

  return (
    <div className="space-y-5">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={FIELDS.kind} name="kind" options={KIND_OPTIONS} value={value.kind} onChange={(event) => onChange({ kind: event.target.value as ItemKind })} />
        {value.kind === "ARTICLE" && (
          <Checkbox label={FIELDS.inDepth} name="isInDepth" checked={value.isInDepth} onChange={(event) => onChange({ isInDepth: event.target.checked })} className="self-end" />
        )}
      </div>

      <fieldset>
        <legend className="text-sm font-semibold text-stone-800">{FIELDS.sections}</legend>
        <p className="mt-1 text-sm text-stone-600">{FIELDS.sectionsHint}</p>
        <div className="mt-1 grid gap-x-6 sm:grid-cols-2">
          {options.sections.map((section) => {
            const isChecked = value.sectionIds.includes(section.id);
            const isFull = !isChecked && value.sectionIds.length >= ITEM_LIMITS.sections;
            const label = value.sectionIds[0] === section.id ? `${section.name} (${FIELDS.primary})` : section.name;
            return <Checkbox key={section.id} label={label} name="sectionIds" value={section.id} checked={isChecked} disabled={isFull} onChange={(event) => toggleSection(section.id, event.target.checked)} />;
          })}
        </div>
      </fieldset>

      <TextField
        label={FIELDS.tags}
        name="tags"
        value={tagText}
        onChange={(event) => {
          setTagText(event.target.value);
          onChange({ tags: parseTags(event.target.value).slice(0, ITEM_LIMITS.tags) });
        }}
        hint={FIELDS.tagsHint}
      />

      <CoAuthorPicker people={options.people} value={value.coAuthors} max={ITEM_LIMITS.coAuthors} onChange={(coAuthors) => onChange({ coAuthors })} />

      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={FIELDS.penName} name="penName" maxLength={100} value={value.penName} onChange={(event) => onChange({ penName: event.target.value })} />
        <TextField label={FIELDS.source} name="source" maxLength={300} value={value.source} onChange={(event) => onChange({ source: event.target.value })} hint={FIELDS.sourceHint} />
      </div>

      <CoverField value={value} onChange={onChange} />
    </div>
  );
}
