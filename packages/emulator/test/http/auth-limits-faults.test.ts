import { ForbiddenError, RateLimitError, UnauthorizedError, createClient } from "@ldkit/client";
import { afterEach, describe, expect, it } from "vitest";
import { createEmulator } from "../../src/index.js";
import { harness, prod, T0, type Harness } from "../support/harness.js";

let h: Harness;
afterEach(() => expect(h.violations).toEqual([]));

describe("auth", () => {
  it("401 without a token, with LaunchDarkly's body", async () => {
    h = harness();
    const response = await h.fetch("/api/v2/segments/default/production", { headers: { "x-no-auth": "1" } });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: "unauthorized" });
  });

  it("any token by default; only the listed ones with options.tokens; reader tokens get 403 on writes", async () => {
    h = harness({ tokens: ["writer-token", { token: "reader-token", role: "reader" }] });
    const as = (apiKey: string) => createClient({ apiKey, fetch: h.emulator.fetch, retry: false });
    await expect(as("other").getSegments(prod)).rejects.toBeInstanceOf(UnauthorizedError);
    await as("reader-token").getSegments(prod);
    await as("reader-token").getContextInstanceSegmentsMembershipByEnv({ ...prod, body: { kind: "user", key: "u" } });
    await expect(as("reader-token").postSegment({ ...prod, body: { key: "k", name: "n" } })).rejects.toBeInstanceOf(ForbiddenError);
    await as("writer-token").postSegment({ ...prod, body: { key: "k", name: "n" } });
  });
});

describe("rate limits", () => {
  it("answers 429 with LaunchDarkly's headers once a route's window is used up, then recovers", async () => {
    h = harness({ rateLimit: { route: 2, global: 100, windowMs: 10_000 } });
    const get = () => h.fetch("/api/v2/segments/default/production");
    const first = await get();
    expect(first.headers.get("X-Ratelimit-Route-Remaining")).toBe("1");
    expect(first.headers.get("X-Ratelimit-Global-Remaining")).toBe("99");
    expect(first.headers.get("X-Ratelimit-Reset")).toBe(String(T0 + 10_000));
    await get();
    const limited = await get();
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ code: "rate_limited" });
    expect(limited.headers.get("Retry-After")).toBe("10");
    expect(limited.headers.get("X-Ratelimit-Route-Remaining")).toBe("0");
    // another route still has room
    expect((await h.fetch("/api/v2/users/default/production/ann/flags")).status).toBe(200);
    h.emulator.clock.advance(10_000);
    expect((await get()).status).toBe(200);
  });

  it("the client's retry waits as the headers say and succeeds", async () => {
    const emulator = createEmulator({ rateLimit: { route: 1, windowMs: 200 } });
    const client = createClient({ apiKey: "t", fetch: emulator.fetch, retry: { maxAttempts: 4 } });
    await client.getSegments(prod);
    await client.getSegments(prod);
    h = harness();
  });

  it("a global limit counts every route", async () => {
    h = harness({ rateLimit: { global: 1 } });
    await h.client.getSegments(prod);
    await expect(h.client.getUserFlagSettings({ ...prod, userKey: "u" })).rejects.toBeInstanceOf(RateLimitError);
  });
});

describe("faults", () => {
  it("injects 5xx by route and rate, reproducibly from the seed", async () => {
    const run = async (seed: number) => {
      const emulator = createEmulator({ seed, faults: [{ operation: "getSegments", rate: 0.5, type: "error", status: 503 }] });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++)
        statuses.push((await emulator.fetch("http://e/api/v2/segments/default/production", { headers: { authorization: "t" } })).status);
      const other = await emulator.fetch("http://e/api/v2/users/default/production/u/flags", { headers: { authorization: "t" } });
      return { statuses, other: other.status };
    };
    const a = await run(7);
    expect(a).toEqual(await run(7));
    expect(a.statuses).toContain(503);
    expect(a.statuses).toContain(200);
    expect(a.other).toBe(200);
    h = harness();
  });

  it("a reset fault rejects the in-process fetch like a network failure", async () => {
    const emulator = createEmulator({ faults: [{ type: "reset" }] });
    await expect(emulator.fetch("http://e/api/v2/segments/default/production", { headers: { authorization: "t" } })).rejects.toThrow(
      TypeError,
    );
    h = harness();
  });

  it("latency delays the answer", async () => {
    h = harness({ faults: [{ type: "latency", latencyMs: 30 }] });
    const t = performance.now();
    await h.client.getSegments(prod);
    expect(performance.now() - t).toBeGreaterThanOrEqual(25);
  });

  it.each([
    [{ type: "boom" }, /type/],
    [{ type: "error", rate: 2 }, /rate/],
    [{ type: "error", status: 404 }, /5xx/],
  ])("refuses a bad rule %j", (rule, message) => {
    expect(() => createEmulator({ faults: [rule as never] })).toThrow(message);
    h = harness();
  });
});
