// Pure helpers over the unit tree (rows as loaded, parent ids only), so the
// tree's rules are unit-tested without a database.

export type TreeNode = { id: number; parentId: number | null; sortOrder: number; name: string };
export type Flattened<T extends TreeNode> = T & { depth: number };

const byOrder = (a: TreeNode, b: TreeNode) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, "vi") || a.id - b.id;

/**
 * Depth-first order (each unit followed by its children) with each unit's
 * depth. A unit whose parent is missing is shown as a root, and a cycle
 * (impossible through the app, possible by hand in SQL) never loops.
 */
export function flattenTree<T extends TreeNode>(units: readonly T[]): Flattened<T>[] {
  const ids = new Set(units.map((unit) => unit.id));
  const children = new Map<number | null, T[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const result: Flattened<T>[] = [];
  const seen = new Set<number>();
  const visit = (parent: number | null, depth: number) => {
    for (const unit of [...(children.get(parent) ?? [])].sort(byOrder)) {
      if (seen.has(unit.id)) continue;
      seen.add(unit.id);
      result.push({ ...unit, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  // Units caught in a hand-made cycle are unreachable from a root: list them last.
  for (const unit of units) if (!seen.has(unit.id)) result.push({ ...unit, depth: 0 });
  return result;
}

/** The ids of every unit below `unitId` (not including itself). */
export function descendantIds(units: readonly Pick<TreeNode, "id" | "parentId">[], unitId: number): Set<number> {
  const result = new Set<number>();
  const queue = [unitId];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const unit of units) {
      if (unit.parentId === current && !result.has(unit.id) && unit.id !== unitId) {
        result.add(unit.id);
        queue.push(unit.id);
      }
    }
  }
  return result;
}

/** Whether putting `unitId` under `newParentId` would make it its own ancestor. */
export function wouldCreateCycle(
  units: readonly Pick<TreeNode, "id" | "parentId">[],
  unitId: number,
  newParentId: number | null,
): boolean {
  if (newParentId === null) return false;
  return newParentId === unitId || descendantIds(units, unitId).has(newParentId);
}
