// /api/health answers 200 when SELECT 1 comes back, 503 (without details)
// when it fails or takes longer than two seconds.
import { afterEach, describe, expect, it, vi } from "vitest";

const queryRaw = vi.fn();
vi.mock("@/lib/db", () => ({ db: { $queryRaw: (...args: unknown[]) => queryRaw(...args) } }));

const { GET } = await import("@/app/api/health/route");

afterEach(() => {
  queryRaw.mockReset();
  vi.useRealTimers();
});

describe("GET /api/health", () => {
  it("reports the database up with its latency", async () => {
    queryRaw.mockResolvedValue([{ "?column?": 1 }]);
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toMatchObject({ status: "ok", database: "up" });
    expect(typeof body.latencyMs).toBe("number");
  });

  it("reports 503 without a stack trace when the query fails", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    queryRaw.mockRejectedValue(new Error("connect ECONNREFUSED 127.0.0.1:5432"));
    const response = await GET();
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "error", database: "down" });
  });

  it("gives up after two seconds", async () => {
    vi.useFakeTimers();
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    queryRaw.mockReturnValue(new Promise(() => undefined));
    const pending = GET();
    await vi.advanceTimersByTimeAsync(2_100);
    const response = await pending;
    expect(response.status).toBe(503);
  });
});
