import { afterEach, describe, expect, it, vi } from "vitest";
import { APIConnectionError, createClient, UnexpectedResponseError, ValidationError } from "../../src/index.js";
import { fakeTiming } from "../support/fake-timing.js";
import { startRecordingServer } from "../support/recording-server.js";

const waits = fakeTiming({ now: 0, random: 0 });
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

  it("follows at most 5 redirects, then says so", async () => {
    const urls: string[] = [];
    const client = createClient({
      apiKey: "k",
      retry: false,
      fetch: async (input) => {
        urls.push((input as Request).url);
        if (urls.length > 10) throw new Error("the client kept following redirects");
        return new Response(null, { status: 302, headers: { location: `/hop/${urls.length}` } });
      },
    });
    const error = await client.getSegment(where).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error!.message).toBe("GET: more than 5 redirects");
    expect(urls).toHaveLength(6);
    expect(urls[5]).toBe("https://app.launchdarkly.com/hop/5");
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

describe("what the pipeline reports", () => {
  const erroringBody = () =>
    new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"key":'));
      },
      pull(c) {
        c.error(new Error("socket hang up"));
      },
    });

  it.each<[string, { fetch: () => Promise<Response>; want: string }]>([
    [
      "a fetch that fails",
      {
        fetch: async () => {
          throw new TypeError("fetch failed");
        },
        want: "Connection error: fetch failed",
      },
    ],
    [
      "a body that fails while it is read",
      { fetch: async () => new Response(erroringBody()), want: "Connection error while reading the response: socket hang up" },
    ],
  ])("%s: an APIConnectionError saying when it failed", async (_name, { fetch, want }) => {
    const client = createClient({ apiKey: "api-send-token", retry: false, fetch });
    const error = await client.getSegment(where).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error!.message).toBe(want);
  });

  it("a streamed body (client.fetch) that fails while it is read: an APIConnectionError saying so", async () => {
    const client = createClient({ apiKey: "api-send-token", retry: false, fetch: async () => new Response(erroringBody()) });
    const response = await client.fetch("/api/v2/download");
    const error = await response.text().then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error!.message).toBe("Connection error while reading the response: socket hang up");
  });

  it.each<[string, unknown]>([
    ["null", null],
    ["a status that is not a number", { status: "200", headers: new Headers(), text: async () => "" }],
    ["no headers", { status: 200, text: async () => "" }],
    ["headers without get", { status: 200, headers: {}, text: async () => "" }],
    ["no text()", { status: 200, headers: new Headers() }],
  ])("a custom fetch resolving to %s: a ValidationError naming fetch", async (_name, resolved) => {
    const client = createClient({ apiKey: "api-send-token", retry: false, fetch: (async () => resolved) as never });
    const error = await client.getSegment(where).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error!.message).toBe("Invalid fetch: must resolve to a Response");
  });
});

describe("the wait budget", () => {
  it.each<[string, { maxTotalWaitMs: number; want: { calls: number; waits: number[] } }]>([
    ["a wait that uses the whole budget is waited", { maxTotalWaitMs: 2000, want: { calls: 2, waits: [2000] } }],
    ["a wait beyond the budget is not: the 429 is returned", { maxTotalWaitMs: 1999, want: { calls: 1, waits: [] } }],
  ])("%s", async (_name, { maxTotalWaitMs, want }) => {
    let calls = 0;
    const client = createClient({
      apiKey: "api-send-token",
      retry: { maxAttempts: 2, maxTotalWaitMs },
      fetch: async () => (calls++, new Response(null, { status: 429, headers: { "retry-after": "2" } })),
    });
    const response = await client.fetch("/api/v2/x");
    expect(response.status).toBe(429);
    expect({ calls, waits: [...waits] }).toEqual(want);
  });
});

describe("a streamed response (client.fetch) under the deadline", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("a response without a body is handed back as it is, and its deadline stopped", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const client = createClient({
      apiKey: "api-send-token",
      retry: false,
      timeout: 1000,
      fetch: async () => new Response(null, { status: 204 }),
    });
    const response = await client.fetch("/api/v2/x", { method: "DELETE" });
    expect([response.status, response.body]).toEqual([204, null]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("cancelling the body cancels the connection's stream and stops the deadline", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const cancelled: unknown[] = [];
    const source = new ReadableStream<Uint8Array>({
      pull: () => new Promise(() => undefined),
      cancel: (reason) => void cancelled.push(reason),
    });
    const client = createClient({ apiKey: "api-send-token", retry: false, timeout: 1000, fetch: async () => new Response(source) });
    const response = await client.fetch("/api/v2/x");
    expect(vi.getTimerCount()).toBe(1);
    await response.body!.cancel("enough");
    expect(cancelled).toEqual(["enough"]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("keeps the URL of the response", async () => {
    const server = await startRecordingServer();
    try {
      const client = createClient({ apiKey: "api-send-token", retry: false, baseUrl: server.baseUrl });
      const response = await client.fetch("/api/v2/x");
      expect(response.url).toBe(`${server.baseUrl}/api/v2/x`);
      await response.text();
    } finally {
      await server.close();
    }
  });
});
