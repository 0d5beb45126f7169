import { describe, expect, it } from "vitest";
import { createClient, UnexpectedResponseError } from "../../src/index.js";
import { fakeTiming } from "../support/fake-timing.js";

fakeTiming({ now: 0, random: 0 });
const where = { projectKey: "p", environmentKey: "e", segmentKey: "s" };

describe("the pipeline", () => {
  it("scrubs its own errors too: a refused redirect to a host spelling the token does not print it", async () => {
    const token = "api-lower-case-secret";
    const client = createClient({
      apiKey: token,
      retry: false,
      fetch: async () => new Response(null, { status: 302, headers: { location: `https://${token}.evil.example/x` } }),
    });
    const error = (await client.getSegment(where).then(
      () => undefined,
      (e: unknown) => e,
    )) as Error;
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(`${error.message}\n${error.stack}`).not.toContain(token);
  });

  it("sends a one-shot stream body once: a 503 to a PUT is not retried", async () => {
    let calls = 0;
    const client = createClient({ apiKey: "k", fetch: async () => (calls++, new Response(null, { status: 503 })) });
    const body = new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode("x")), c.close()) });
    const response = await client.fetch("/api/v2/upload", { method: "PUT", body });
    expect([response.status, calls]).toEqual([503, 1]);
  });

  it("retries a replayable body: a 503 to a PUT with a string body is sent again", async () => {
    let calls = 0;
    const client = createClient({
      apiKey: "k",
      retry: { maxAttempts: 2 },
      fetch: async () => (calls++, new Response(null, { status: 503 })),
    });
    const response = await client.fetch("/api/v2/upload", { method: "PUT", body: "x" });
    expect([response.status, calls]).toEqual([503, 2]);
  });
});
