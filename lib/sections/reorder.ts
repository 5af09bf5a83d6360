/** The order after moving `id` one place up or down (unchanged at either end or when absent). */
export function reorder(ids: readonly number[], id: number, direction: "up" | "down"): number[] {
  const order = [...ids];
  const index = order.indexOf(id);
  const target = direction === "up" ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= order.length) return order;
  [order[index], order[target]] = [order[target], order[index]];
  return order;
}
