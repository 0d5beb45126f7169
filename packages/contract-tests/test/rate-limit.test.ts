import { expect, it } from "vitest";
import { RateLimitError } from "@ldkit/client";
import { makeClient } from "./support/client.js";
import { expectAccepted, skipFor } from "./support/contract.js";
import { fixtures } from "./support/fixtures.js";
import { prismOnlyReason } from "./support/target.js";

it("a 429 is retried as its Retry-After asks, then surfaces as RateLimitError", async (ctx) => {
  skipFor(ctx, prismOnlyReason());
  // Prism answers every attempt with the spec's 429 (Retry-After: 2): two attempts, then the error.
  const { client, rec } = makeClient({ retry: { maxAttempts: 2 } });
  const fx = await fixtures(client);
  const error = await client
    .getSegments({ projectKey: fx.projectKey, environmentKey: fx.environmentKey, headers: { Prefer: "code=429" } })
    .catch((e: unknown) => e);
  expect(rec.exchanges.map((ex) => ex.status)).toEqual([429, 429]);
  for (const ex of rec.exchanges) expectAccepted(ex, "getSegments");
  expect(error).toBeInstanceOf(RateLimitError);
  expect((error as RateLimitError).headers["retry-after"]).toBe("2");
  expect((error as RateLimitError).retryAfterMs).toBe(2000);
  rec.asserted(rec.last());
});
