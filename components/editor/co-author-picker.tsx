"use client";

import { useId, useState } from "react";
import { FIELDS } from "@/components/editor/editor-labels";
import { fieldClass } from "@/components/ui/field-errors";
import type { EditorOptions } from "@/lib/items/editor-types";

type Person = { id: number; name: string };

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();

/** Chosen co-authors as removable chips, and a search over the active accounts to add more. */
export function CoAuthorPicker({ people, value, max, onChange }: { people: EditorOptions["people"]; value: Person[]; max: number; onChange: (next: Person[]) => void }) {
  const id = useId();
  const [query, setQuery] = useState("");
  const chosen = new Set(value.map((person) => person.id));
  const needle = fold(query.trim());
  const matches = needle ? people.filter((person) => !chosen.has(person.id) && fold(`${person.name} ${person.unitName}`).includes(needle)).slice(0, 8) : [];

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold text-stone-800">{FIELDS.coAuthors}</legend>
      {value.length > 0 && (
        <ul className="flex flex-wrap gap-2">
          {value.map((person) => (
            <li key={person.id} className="inline-flex items-center gap-1 rounded-full bg-stone-100 py-0.5 pr-0.5 pl-3 text-sm ring-1 ring-stone-300">
              {person.name}
              <button
                type="button"
                aria-label={FIELDS.removePerson(person.name)}
                onClick={() => onChange(value.filter((other) => other.id !== person.id))}
                className="inline-flex h-8 w-8 items-center justify-center rounded-full text-stone-700 hover:bg-stone-200"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {value.length < max && (
        <div>
          <label htmlFor={id} className="sr-only">
            {FIELDS.coAuthorSearch}
          </label>
          <input id={id} type="search" autoComplete="off" value={query} onChange={(event) => setQuery(event.target.value)} placeholder={FIELDS.coAuthorSearch} className={fieldClass(false)} />
          {needle && (
            <ul aria-live="polite" className="mt-1 max-h-64 overflow-y-auto rounded border border-stone-200 bg-white">
              {matches.length === 0 && <li className="px-3 py-2 text-sm text-stone-600">{FIELDS.coAuthorNone}</li>}
              {matches.map((person) => (
                <li key={person.id}>
                  <button
                    type="button"
                    aria-label={FIELDS.addPerson(`${person.name}, ${person.unitName}`)}
                    onClick={() => {
                      onChange([...value, { id: person.id, name: person.name }]);
                      setQuery("");
                    }}
                    className="flex min-h-11 w-full flex-col items-start px-3 py-1.5 text-left hover:bg-red-50"
                  >
                    <span className="font-semibold">{person.name}</span>
                    <span className="text-sm text-stone-600">{person.unitName}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </fieldset>
  );
}
