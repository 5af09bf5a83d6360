// Integration tests import the code under test from inside a test, never at the
// top of the file: lib/env reads DATABASE_URL once, and setupTestDatabase sets it
// in beforeAll. One helper does that late import for every file: the factories,
// the database client and the modules a file names, merged into one object.
//
//   const load = () => loadWith(import("@/lib/server/workflow/move-item"));
//   it("…", async () => { const t = await load(); await t.moveItem({ … }); });
//
// A name exported twice would silently hide one of the two, so it throws; rename
// on the way in: import("…/create-item").then((m) => ({ newItem: m.createItem })).

// The modules' export objects as one type (A | B → A & B).
type Merged<U> = (U extends unknown ? (exports: U) => void : never) extends (exports: infer M) => void ? M : never;

export async function loadWith<const Modules extends readonly Promise<object>[]>(...modules: Modules) {
  const [factories, { db }, ...loaded] = await Promise.all([import("@/tests/factories"), import("@/lib/db"), ...modules]);
  const merged: Record<string, unknown> = { ...factories, db };
  for (const exports of loaded as object[]) {
    for (const [name, value] of Object.entries(exports)) {
      if (name in merged && merged[name] !== value) throw new Error(`loadWith: "${name}" is exported twice; rename one on the way in.`);
      merged[name] = value;
    }
  }
  return merged as typeof factories & { db: typeof db } & Merged<Awaited<Modules[number]>>;
}
