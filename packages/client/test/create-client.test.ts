import { afterEach, describe, expect, it, vi } from "vitest";
import { createClient, ValidationError } from "../src/index.js";

const where = { projectKey: "p", environmentKey: "e", segmentKey: "s" };
const ok = () => new Response('{"key":"s"}', { status: 200, headers: { "content-type": "application/json" } });

describe("how fetch is called", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("a custom fetch gets a Request (redirect manual) and { signal }", async () => {
    const calls: unknown[][] = [];
    const client = createClient({ apiKey: "k", retry: false, fetch: async (...args) => (calls.push(args), ok()) });
    await client.getSegment(where);
    const [input, init] = calls[0] as [Request, RequestInit];
    expect(input).toBeInstanceOf(Request);
    expect([input.url, input.redirect, input.headers.get("authorization")]).toEqual([
      "https://app.launchdarkly.com/api/v2/segments/p/e/s",
      "manual",
      "k",
    ]);
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  it("the global fetch, read at call time, gets the URL and one init with the headers, the body and the deadline's signal", async () => {
    const calls: unknown[][] = [];
    const client = createClient({ apiKey: "k", retry: false });
    vi.stubGlobal("fetch", async (...args: unknown[]) => (calls.push(args), ok()));
    await client.patchSegment({ ...where, body: [{ op: "replace", path: "/name", value: "n" }] });
    const [url, init] = calls[0] as [string, RequestInit & { headers: Record<string, string> }];
    expect(url).toBe("https://app.launchdarkly.com/api/v2/segments/p/e/s");
    expect([init.method, init.redirect, init.body, init.headers.authorization, init.headers["content-type"]]).toEqual([
      "PATCH",
      "manual",
      '[{"op":"replace","path":"/name","value":"n"}]',
      "k",
      "application/json",
    ]);
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  it("no fetch at all is a ValidationError naming fetch", async () => {
    const client = createClient({ apiKey: "k", retry: false });
    vi.stubGlobal("fetch", undefined);
    await expect(client.getSegment(where)).rejects.toMatchObject({
      name: "ValidationError",
      field: "fetch",
      message: "Invalid fetch: is required (no global fetch)",
    });
  });
});

describe("client.fetch input", () => {
  it.each<[string, RequestInit]>([
    ["a body on a GET", { body: "x" }],
    ["a body on a HEAD", { method: "HEAD", body: "x" }],
    ["a method that is not a token", { method: "GE T" }],
    ["a forbidden method", { method: "CONNECT" }],
    ["a header name with a space", { headers: { "X A": "1" } }],
    ["a header value with a line break", { headers: { "X-A": "1\r\nEvil: 2" } }],
  ])("%s is a ValidationError and nothing is sent", async (_name, init) => {
    let calls = 0;
    const client = createClient({ apiKey: "k", fetch: async () => (calls++, ok()) });
    await expect(client.fetch("/api/v2/segments/p/e/s", init)).rejects.toBeInstanceOf(ValidationError);
    expect(calls).toBe(0);
  });

  it.each<[string, { url: string; init?: RequestInit & { timeout?: number }; want: string }]>([
    ["a URL that does not parse", { url: "https://[", want: "Invalid url: must be a URL" }],
    [
      "a URL on another host",
      { url: "https://evil.example/x", want: "Invalid url: must be on https://app.launchdarkly.com, without credentials" },
    ],
    [
      "a body on a GET",
      { url: "/x", init: { body: "x" }, want: "Invalid init: must have a valid method and headers, and no body on GET or HEAD" },
    ],
    ["a negative timeout", { url: "/x", init: { timeout: -1 }, want: "Invalid timeout: must be a non-negative number (ms)" }],
  ])("%s: the error says what is wrong", async (_name, { url, init, want }) => {
    const client = createClient({ apiKey: "k", fetch: async () => ok() });
    const error = await client.fetch(url, init).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe(want);
  });

  it("sends the method upper-cased (fetch itself normalizes only some methods)", async () => {
    const methods: string[] = [];
    const client = createClient({ apiKey: "k", retry: false, fetch: async (input) => (methods.push((input as Request).method), ok()) });
    await client.fetch("/api/v2/segments/p/e/s", { method: "patch", body: "[]" });
    expect(methods).toEqual(["PATCH"]);
  });

  it("a URL with credentials on the API host is a ValidationError", async () => {
    const client = createClient({ apiKey: "k", fetch: async () => ok() });
    await expect(client.fetch("https://u:p@app.launchdarkly.com/x")).rejects.toBeInstanceOf(ValidationError);
  });
});
