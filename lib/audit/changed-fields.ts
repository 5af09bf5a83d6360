// What an update's audit row keeps: which of the audited fields a save
// changed, and their values before and after. Pure, so it is tested alone.

/**
 * The `fields` whose values differ between `before` and `after`, with each
 * side's values of just those fields. `normalize` is how a value is compared
 * and kept (a date as text, for instance); a missing value is kept as null.
 */
export function changedFields<Row, Field extends keyof Row>(
  before: Row,
  after: Row,
  fields: readonly Field[],
  normalize: (value: Row[Field]) => unknown = (value) => value,
) {
  const changed = fields.filter((field) => normalize(before[field]) !== normalize(after[field]));
  const valuesOf = (row: Row) => Object.fromEntries(changed.map((field) => [field, normalize(row[field]) ?? null]));
  return { changed, from: valuesOf(before), to: valuesOf(after) };
}
