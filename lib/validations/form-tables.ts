/**
 * An editor's FormData as its schema's shape, for forms with tables of rows:
 * "rates.0.min" → { rates: [{ min }] } for each table named in `tables`.
 * Rows keep their order; gaps are skipped; fields starting with "$" (React's
 * own) are left out; other fields are kept as they are.
 */
export function tableFormValues(formData: FormData, tables: readonly string[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const rowsByTable = new Map<string, Record<number, Record<string, string>>>(tables.map((table) => [table, {}]));
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string") continue;
    const match = /^(\w+)\.(\d{1,3})\.(\w+)$/.exec(key);
    const rows = match ? rowsByTable.get(match[1]!) : undefined;
    if (match && rows) (rows[Number(match[2])] ??= {})[match[3]!] = value;
    else if (!key.startsWith("$")) values[key] = value;
  }
  for (const [table, rows] of rowsByTable) {
    values[table] = Object.keys(rows)
      .map(Number)
      .sort((a, b) => a - b)
      .map((index) => rows[index]);
  }
  return values;
}
