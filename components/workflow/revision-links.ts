import { adminPaths } from "@/lib/urls";

// The compare view lives at "…/phien-ban?so-sanh=A&so-sanh=B": the same
// parameter the list's checkboxes send, so it works without JavaScript.

export const COMPARE_PARAM = "so-sanh";

export const compareHref = (itemId: number, a: number, b: number) =>
  `${adminPaths.itemRevisions(itemId)}?${COMPARE_PARAM}=${a}&${COMPARE_PARAM}=${b}`;

/** The ticked revision ids: a pair, or what is wrong with the choice. */
export function parseComparePair(value: string | string[] | undefined): { pair: [number, number] } | { problem: "none" | "count" } {
  const raw = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const ids = [...new Set(raw.map(Number).filter((id) => Number.isInteger(id) && id > 0))];
  if (raw.length === 0) return { problem: "none" };
  if (ids.length !== 2) return { problem: "count" };
  return { pair: [ids[0], ids[1]] };
}
