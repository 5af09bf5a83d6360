"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormRowHeading, FormRowTable, FormTableSection, formRowCellClass } from "@/components/ui/form-row-table";

type ShownRow = {
  /** Names the row to a screen reader ("Bỏ …") and in each field's label. */
  label: string;
  cells: readonly React.ReactNode[];
  attributes?: Record<`data-${string}`, string>;
};

type SettingsRowsProps<Row> = {
  id: string;
  title: string;
  description: string;
  /** The table's messages from the last save, shown above it. */
  messages: React.ReactNode;
  caption: string;
  headings: readonly string[];
  initialRows: readonly Row[];
  blankRow: Row;
  addLabel: string;
  renderRow: (row: Row, index: number) => ShownRow;
};

/**
 * A table of the royalty settings (the rates, the bonuses): rows can be added
 * and removed in the browser, and the whole table is saved with the form
 * (the fields are named by their index).
 */
export function SettingsRows<Row>({ id, title, description, messages, caption, headings, initialRows, blankRow, addLabel, renderRow }: SettingsRowsProps<Row>) {
  const [rows, setRows] = useState(() => initialRows.map((row, key) => ({ key, row })));
  const [nextKey, setNextKey] = useState(initialRows.length);
  const add = () => {
    setRows((current) => [...current, { key: nextKey, row: blankRow }]);
    setNextKey((key) => key + 1);
  };
  return (
    <FormTableSection id={id} title={title} description={description}>
      {messages}
      <FormRowTable
        caption={caption}
        headings={headings.map((heading) => (
          <FormRowHeading key={heading}>{heading}</FormRowHeading>
        ))}
      >
        {rows.map(({ key, row }, index) => {
          const { label, cells, attributes } = renderRow(row, index);
          return (
            <tr key={key} {...attributes}>
              {cells.map((cell, column) => (
                <td key={column} className={formRowCellClass}>
                  {cell}
                </td>
              ))}
              <td className={formRowCellClass}>
                <Button type="button" variant="ghost" onClick={() => setRows((current) => current.filter((other) => other.key !== key))}>
                  Bỏ<span className="sr-only"> {label}</span>
                </Button>
              </td>
            </tr>
          );
        })}
      </FormRowTable>
      <Button type="button" variant="secondary" onClick={add}>
        {addLabel}
      </Button>
    </FormTableSection>
  );
}
