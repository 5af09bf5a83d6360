type SearchParams = Record<string, string | string[] | undefined>;

/** A back-office list's filters as its URL carries them (single, non-empty values only), for its page links. */
export function keptFilters(params: SearchParams, keys: readonly string[]): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of keys) {
    const value = params[key];
    if (typeof value === "string" && value) query.set(key, value);
  }
  return query;
}
