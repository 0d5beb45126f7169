import { describe, expect, it } from "vitest";
import { APIConnectionError, createClient, type RetryReason } from "../../src/index.js";
import { fakeTiming } from "../support/fake-timing.js";

const where = { projectKey: "p", environmentKey: "e", segmentKey: "s" };
fakeTiming({ now: 1_700_000_000_000, random: 0.5 });

/** A connect failure as Node reports it (`code` set), or as another error with no code. */
const refusedOn = (address: string) => Object.assign(new Error(`connect ECONNREFUSED ${address}:443`), { code: "ECONNREFUSED" });
const resetOn = (address: string) => Object.assign(new Error(`read ECONNRESET ${address}:443`), { code: "ECONNRESET" });
/** What a fetch throws when every address of a host was tried (happy eyeballs): the per-address errors in an AggregateError without a code of its own. */
const allAddressesFailed = (...errors: Error[]) =>
  new TypeError("fetch failed", { cause: new AggregateError(errors, "all addresses failed") });

describe("a refused connection is told apart from other network failures", () => {
  it.each<[string, { thrown: unknown; attempts: number; reasons: RetryReason[] }]>([
    [
      "every address refused: retried, even for POST",
      { thrown: allAddressesFailed(refusedOn("::1"), refusedOn("127.0.0.1")), attempts: 2, reasons: ["connection-refused"] },
    ],
    [
      "one address refused, another reset: not retried for POST (the request may have been sent)",
      { thrown: allAddressesFailed(refusedOn("::1"), resetOn("127.0.0.1")), attempts: 1, reasons: [] },
    ],
    ["no address tried at all: not retried for POST", { thrown: allAddressesFailed(), attempts: 1, reasons: [] }],
  ])("%s", async (_name, { thrown, attempts, reasons }) => {
    let calls = 0;
    const seen: RetryReason[] = [];
    const client = createClient({
      apiKey: "api-POLICY-0c4e2a9b-token",
      retry: { maxAttempts: 2, onRetry: (e) => seen.push(e.reason) },
      fetch: async () => {
        calls++;
        if (calls === 1) throw thrown;
        return new Response(null, { status: 204 });
      },
    });
    const call = client.updateBigSegmentContextTargets({ ...where, body: { included: { add: ["k1"] } } });
    if (attempts === 1) await expect(call).rejects.toBeInstanceOf(APIConnectionError);
    else await expect(call).resolves.toBeUndefined();
    expect(calls).toBe(attempts);
    expect(seen).toEqual(reasons);
  });
});

describe("only the idempotent methods are retried after a 503", () => {
  it.each<[string, { method: string; attempts: number }]>([
    ["GET", { method: "GET", attempts: 2 }],
    ["a lower-case delete", { method: "delete", attempts: 2 }],
    ["OPTIONS", { method: "OPTIONS", attempts: 2 }],
    ["POST", { method: "POST", attempts: 1 }],
    ["a custom method ending in a safe one (UNDELETE)", { method: "UNDELETE", attempts: 1 }],
    ["a custom method starting with a safe one (GETALL)", { method: "GETALL", attempts: 1 }],
  ])("%s", async (_name, { method, attempts }) => {
    let calls = 0;
    const client = createClient({
      apiKey: "api-POLICY-0c4e2a9b-token",
      retry: { maxAttempts: 2 },
      fetch: async () => new Response(null, { status: calls++ === 0 ? 503 : 204 }),
    });
    const response = await client.fetch("/api/v2/segments/p/e", { method });
    expect(response.status).toBe(attempts === 1 ? 503 : 204);
    expect(calls).toBe(attempts);
  });
});

describe("the refusal is found anywhere in the cause chain ldkit keeps", () => {
  /** `levels` errors, each the cause of the one before; the innermost has `code`. */
  const chain = (levels: number, code: string): Error =>
    Array.from({ length: levels - 1 }).reduce<Error>(
      (inner, _, i) => new Error(`wrapper ${levels - 1 - i}`, { cause: inner }),
      Object.assign(new Error("connect failed"), { code }),
    );

  it.each<[string, { thrown: Error; attempts: number }]>([
    ["two levels (undici's TypeError and its cause)", { thrown: chain(2, "ECONNREFUSED"), attempts: 2 }],
    ["five levels, the deepest kept", { thrown: chain(5, "ECONNREFUSED"), attempts: 2 }],
    ["six levels: the sixth is dropped with everything past it", { thrown: chain(6, "ECONNREFUSED"), attempts: 1 }],
    ["five levels of another error", { thrown: chain(5, "ECONNRESET"), attempts: 1 }],
  ])("%s", async (_name, { thrown, attempts }) => {
    let calls = 0;
    const client = createClient({
      apiKey: "api-POLICY-0c4e2a9b-token",
      retry: { maxAttempts: 2 },
      fetch: async () => {
        if (calls++ === 0) throw thrown;
        return new Response(null, { status: 204 });
      },
    });
    const call = client.updateBigSegmentContextTargets({ ...where, body: { included: { add: ["k1"] } } });
    if (attempts === 1) await expect(call).rejects.toBeInstanceOf(APIConnectionError);
    else await expect(call).resolves.toBeUndefined();
    expect(calls).toBe(attempts);
  });
});
