"use client";

import { useCallback, useState, useSyncExternalStore } from "react";
import { MINIMUM_FIELDS, MINIMUM_LABELS, QUOTA_MINIMUM_MAX, RULE_NOTE_MAX, type QuotaRuleMinimums } from "@/lib/validations/quota-plan";
import { Button } from "@/components/ui/button";

// Pieces shared by the plan editor's two rule tables: the minimum and note
// cells of a row, the column headings, and the list of new (unsaved) rows.

const inputClass = "block min-h-11 rounded border border-stone-300 bg-white px-2 py-2 text-base";

export function MinimumHeadings() {
  return (
    <>
      {MINIMUM_FIELDS.map((field) => (
        <th key={field} scope="col" className="px-2 py-2 text-right font-semibold whitespace-nowrap">
          {MINIMUM_LABELS[field]}
        </th>
      ))}
      <th scope="col" className="px-2 py-2 font-semibold">
        Ghi chú
      </th>
    </>
  );
}

/** Four number cells and a note; 0 shows as an empty cell (placeholder 0). */
export function MinimumCells({ prefix, rowLabel, values }: { prefix: string; rowLabel: string; values?: Partial<QuotaRuleMinimums> }) {
  return (
    <>
      {MINIMUM_FIELDS.map((field) => (
        <td key={field} className="border-t border-stone-100 px-2 py-2 align-top">
          <input
            type="number"
            name={`${prefix}.${field}`}
            inputMode="numeric"
            min={0}
            max={QUOTA_MINIMUM_MAX}
            step={1}
            placeholder="0"
            defaultValue={values?.[field] ? values[field] : ""}
            aria-label={`${rowLabel}: ${MINIMUM_LABELS[field]}`}
            className={`${inputClass} w-20 text-right tabular-nums`}
          />
        </td>
      ))}
      <td className="border-t border-stone-100 px-2 py-2 align-top">
        <input
          type="text"
          name={`${prefix}.note`}
          maxLength={RULE_NOTE_MAX}
          defaultValue={values?.note ?? ""}
          aria-label={`${rowLabel}: ghi chú`}
          className={`${inputClass} w-64`}
        />
      </td>
    </>
  );
}

const subscribeNever = () => () => undefined;

/** Whether React has taken over the page (buttons that need JavaScript show only then). */
export const useIsHydrated = () => useSyncExternalStore(subscribeNever, () => true, () => false);

let nextRowId = 0;
const newRowId = () => `moi-${++nextRowId}`;

/**
 * The new rows under the saved ones: one blank row always (so a rule can be
 * added without JavaScript), more on request. They start again when the
 * plan's version changes (after a save the new rules come back as saved ones).
 */
export function useNewRows(version: string) {
  const [state, setState] = useState(() => ({ version, rows: [newRowId()] }));
  if (state.version !== version) setState({ version, rows: [newRowId()] });
  const add = useCallback(() => setState((s) => ({ ...s, rows: [...s.rows, newRowId()] })), []);
  const remove = useCallback(
    (id: string) => setState((s) => ({ ...s, rows: s.rows.length > 1 ? s.rows.filter((row) => row !== id) : [newRowId()] })),
    [],
  );
  return { rows: state.version === version ? state.rows : [], add, remove };
}

/** A table's messages from the last check, announced at once. */
export function RuleErrors({ id, errors }: { id: string; errors?: readonly string[] }) {
  if (!errors?.length) return null;
  return (
    <ul id={id} role="alert" className="space-y-1 rounded border border-red-300 bg-red-50 px-4 py-2 text-sm text-red-900">
      {errors.map((error) => (
        <li key={error}>{error}</li>
      ))}
    </ul>
  );
}

type NewRows = ReturnType<typeof useNewRows>;

/** The last cell of a new rule row: "Bỏ" once there is more than one new row (with JavaScript only). */
export function RemoveNewRowCell({ newRows, rowId, isHydrated, className }: { newRows: NewRows; rowId: string; isHydrated: boolean; className: string }) {
  return (
    <td className={className}>
      {isHydrated && newRows.rows.length > 1 && (
        <Button type="button" variant="ghost" onClick={() => newRows.remove(rowId)} aria-label="Bỏ dòng mới này">
          Bỏ
        </Button>
      )}
    </td>
  );
}

/** "Thêm dòng …" under a rule table (with JavaScript only: without it one new row is offered per save). */
export function AddNewRowButton({ newRows, isHydrated, label }: { newRows: NewRows; isHydrated: boolean; label: string }) {
  if (!isHydrated) return null;
  return (
    <Button type="button" variant="secondary" onClick={newRows.add}>
      {label}
    </Button>
  );
}
