// A query through the shared client while a transaction's callback runs is
// refused (lib/db.ts): on the embedded database it would wait for the
// transaction, which waits for it.
import { describe, expect, it } from "vitest";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

setupTestDatabase();

const load = () => loadWith(import("@/lib/db"));

describe("the shared client inside a transaction", () => {
  it("refuses a query that bypasses the open transaction, and the transaction rolls back", async () => {
    const { db, QUERY_OUTSIDE_TRANSACTION } = await load();
    const attempt = db.$transaction(async (tx) => {
      await tx.unit.create({ data: { name: "Đơn vị trong giao dịch", kind: "DEPARTMENT" } });
      return db.unit.count();
    });
    await expect(attempt).rejects.toThrow(QUERY_OUTSIDE_TRANSACTION);
    expect(await db.unit.count({ where: { name: "Đơn vị trong giao dịch" } })).toBe(0);
    await expect(db.$transaction(async () => db.$transaction(async () => 1))).rejects.toThrow(QUERY_OUTSIDE_TRANSACTION);
  });

  it("allows the shared client before, after, and in work the callback leaves for after commit", async () => {
    const { db, createUnit } = await load();
    const unit = await createUnit({ name: "Ban Tuyên giáo thử" });
    let committed = () => {};
    let afterCommit: Promise<number> | undefined;
    const renamed = await db.$transaction(async (tx) => {
      const commit = new Promise<void>((resolve) => (committed = resolve));
      afterCommit = commit.then(() => db.unit.count({ where: { name: "Ban Tuyên giáo mới" } }));
      return tx.unit.update({ where: { id: unit.id }, data: { name: "Ban Tuyên giáo mới" } });
    });
    committed();
    expect(renamed.name).toBe("Ban Tuyên giáo mới");
    expect(await afterCommit).toBe(1);
    const [count] = await db.$transaction([db.unit.count()]);
    expect(count).toBeGreaterThan(0);
  });
});
