import { describe, expect, it } from "vitest";
import { SessionLease } from "@/lib/runtime/session-lease";

const settled = async (promise: Promise<unknown>) => {
  let done = false;
  void promise.then(() => (done = true), () => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};

describe("SessionLease", () => {
  it("grants the session to one holder at a time, first come first served", async () => {
    const lease = new SessionLease<string>();
    await lease.acquire("a");
    const b = lease.acquire("b");
    const c = lease.acquire("c");
    expect(await settled(b)).toBe(false);
    lease.release("a");
    expect(await settled(b)).toBe(true);
    expect(lease.holder).toBe("b");
    expect(await settled(c)).toBe(false);
    lease.release("b");
    await c;
    expect(lease.holder).toBe("c");
    lease.release("c");
    expect(lease.holder).toBeUndefined();
  });

  it("lets the holder go on without waiting, and ignores a release by anyone else", async () => {
    const lease = new SessionLease<string>();
    await lease.acquire("a");
    const waiting = lease.acquire("b");
    expect(await settled(lease.acquire("a"))).toBe(true);
    lease.release("b");
    expect(lease.holder).toBe("a");
    expect(await settled(waiting)).toBe(false);
  });

  it("refuses a waiter that left, and skips it", async () => {
    const lease = new SessionLease<string>();
    await lease.acquire("a");
    const b = lease.acquire("b");
    const c = lease.acquire("c");
    lease.withdraw("b", new Error("connection closed"));
    await expect(b).rejects.toThrow("connection closed");
    lease.release("a");
    await c;
    expect(lease.holder).toBe("c");
    expect(lease.waiting).toBe(0);
  });
});
