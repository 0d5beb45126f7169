import { describe, expect, it } from "vitest";
import { createClient, createRawClient, ValidationError, type LdkitClient } from "../src/index.js";

/** A client whose fetch counts calls: validation must fail before anything is sent. */
function counting(): { client: LdkitClient; calls: () => number } {
  let calls = 0;
  const client = createClient({
    apiKey: "api-key",
    fetch: async () => {
      calls++;
      return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
    },
  });
  return { client, calls: () => calls };
}

async function rejection(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe("bad input is a ValidationError and nothing is sent", () => {
  const cases: Array<[string, (c: LdkitClient) => Promise<unknown>, string, RegExp]> = [
    ["empty path parameter", (c) => c.getSegment({ projectKey: "p", environmentKey: "", segmentKey: "s" }), "environmentKey", /empty/],
    ["missing path parameter", (c) => c.getSegment({ projectKey: "p", environmentKey: "e" } as never), "segmentKey", /required/],
    [
      "non-string path parameter",
      (c) => c.getSegment({ projectKey: "p", environmentKey: "e", segmentKey: {} } as never),
      "segmentKey",
      /string/,
    ],
    ["dot-dot segment", (c) => c.getSegment({ projectKey: "p", environmentKey: "e", segmentKey: ".." }), "segmentKey", /\.\./],
    ["dot segment", (c) => c.getSegment({ projectKey: ".", environmentKey: "e", segmentKey: "s" }), "projectKey", /"\."/],
    [
      "unknown argument",
      (c) => c.getSegment({ projectKey: "p", environmentKey: "e", segmentKey: "s", segmnetKey: "x" } as never),
      "segmnetKey",
      /not a parameter/,
    ],
    ["missing body", (c) => c.postSegment({ projectKey: "p", environmentKey: "e" } as never), "body", /required/],
    [
      "body on a GET",
      (c) => c.getSegment({ projectKey: "p", environmentKey: "e", segmentKey: "s", body: {} } as never),
      "body",
      /no request body/,
    ],
    [
      "semantic body on a JSON-only operation",
      (c) => c.postSegment({ projectKey: "p", environmentKey: "e", body: { instructions: [] } as never }),
      "body",
      /semantic/,
    ],
    [
      "JSON Patch on a semantic-only operation",
      (c) =>
        c.patchExpiringTargetsForSegment({
          projectKey: "p",
          environmentKey: "e",
          segmentKey: "s",
          body: [{ op: "remove", path: "/x" }] as never,
        }),
      "body",
      /accepts semantic/,
    ],
    [
      "format that contradicts the body",
      (c) =>
        c.patchSegment({
          projectKey: "p",
          environmentKey: "e",
          segmentKey: "s",
          format: "json",
          body: { environmentKey: "e", instructions: [{ kind: "removeRule", ruleId: "r" }] } as never,
        }),
      "body",
      /format "json"/,
    ],
    [
      "negative timeout",
      (c) => c.getSegment({ projectKey: "p", environmentKey: "e", segmentKey: "s", timeout: -1 }),
      "timeout",
      /non-negative/,
    ],
  ];

  it.each(cases)("%s", async (_name, call, field, rule) => {
    const { client, calls } = counting();
    const error = await rejection(call(client));
    expect(error.field).toBe(field);
    expect(error.message).toMatch(rule);
    expect(calls()).toBe(0);
  });
});

describe("patchSegment picks the Content-Type from the body", () => {
  async function contentTypeOf(body: unknown, format?: "semantic" | "json"): Promise<string | null> {
    let seen: string | null = null;
    const client = createClient({
      apiKey: "k",
      fetch: async (input) => {
        seen = (input as Request).headers.get("content-type");
        return new Response("{}", { status: 200 });
      },
    });
    await client.patchSegment({
      projectKey: "p",
      environmentKey: "e",
      segmentKey: "s",
      body: body as never,
      ...(format ? { format } : {}),
    } as never);
    return seen;
  }

  it.each([
    [
      "semantic patch",
      { environmentKey: "e", instructions: [{ kind: "removeRule", ruleId: "r" }] },
      "application/json; domain-model=launchdarkly.semanticpatch",
    ],
    ["JSON Patch array", [{ op: "replace", path: "/name", value: "n" }], "application/json"],
    ["JSON Patch with comment", { patch: [{ op: "test", path: "/version", value: 3 }], comment: "c" }, "application/json"],
    ["JSON merge patch", { description: "new" }, "application/json"],
  ])("%s", async (_name, body, want) => {
    expect(await contentTypeOf(body)).toBe(want);
  });

  it("honours an explicit matching format", async () => {
    expect(await contentTypeOf({ environmentKey: "e", instructions: [{ kind: "removeRule", ruleId: "r" }] }, "semantic")).toBe(
      "application/json; domain-model=launchdarkly.semanticpatch",
    );
    expect(await contentTypeOf({ name: "n" }, "json")).toBe("application/json");
  });
});

describe("createClient options", () => {
  it.each([
    ["empty apiKey", { apiKey: "" }, "apiKey"],
    ["non-string apiKey", { apiKey: 42 }, "apiKey"],
    ["apiKey with a line break", { apiKey: "a\nb" }, "apiKey"],
    ["relative baseUrl", { apiKey: "k", baseUrl: "/api" }, "baseUrl"],
    ["plain http to a remote host", { apiKey: "k", baseUrl: "http://app.launchdarkly.com" }, "baseUrl"],
    ["ftp baseUrl", { apiKey: "k", baseUrl: "ftp://x" }, "baseUrl"],
    ["Authorization in headers", { apiKey: "k", headers: { authorization: "x" } }, "headers"],
    ["negative timeout", { apiKey: "k", timeout: -5 }, "timeout"],
  ])("rejects %s", (_name, options, field) => {
    let error: unknown;
    try {
      createClient(options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe(field);
  });

  it("allows http to loopback, and to a remote host only with allowInsecureHttp", () => {
    expect(createClient({ apiKey: "k", baseUrl: "http://127.0.0.1:4010" }).baseUrl).toBe("http://127.0.0.1:4010");
    expect(createClient({ apiKey: "k", baseUrl: "http://localhost:4010/" }).baseUrl).toBe("http://localhost:4010");
    expect(createClient({ apiKey: "k", baseUrl: "http://proxy.internal", allowInsecureHttp: true }).baseUrl).toBe("http://proxy.internal");
  });

  it("defaults to https://app.launchdarkly.com", () => {
    expect(createClient({ apiKey: "k" }).baseUrl).toBe("https://app.launchdarkly.com");
  });

  it("sends custom headers, a custom LD-API-Version, and no Authorization when apiKey is null", async () => {
    let headers: Headers | undefined;
    const client = createClient({
      apiKey: null,
      apiVersion: "beta",
      headers: { "X-Team": "growth" },
      fetch: async (input) => {
        headers = (input as Request).headers;
        return new Response(null, { status: 204 });
      },
    });
    await client.deleteSegment({ projectKey: "p", environmentKey: "e", segmentKey: "s", headers: { "X-Call": "1" } });
    expect(headers?.get("authorization")).toBeNull();
    expect(headers?.get("ld-api-version")).toBe("beta");
    expect(headers?.get("x-team")).toBe("growth");
    expect(headers?.get("x-call")).toBe("1");
  });
});

describe("the raw client", () => {
  it("is typed by path, keeps errors as values, and encodes path parameters", async () => {
    let url = "";
    let auth: string | null = null;
    const raw = createRawClient({
      apiKey: "k",
      fetch: async (input) => {
        url = (input as Request).url;
        auth = (input as Request).headers.get("authorization");
        return new Response(JSON.stringify({ code: "not_found", message: "nope" }), { status: 404 });
      },
    });
    const { data, error, response } = await raw.GET("/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}", {
      params: { path: { projectKey: "p", environmentKey: "e", segmentKey: "a/../b" } },
    });
    expect(data).toBeUndefined();
    expect(error).toEqual({ code: "not_found", message: "nope" });
    expect(response.status).toBe(404);
    expect(url).toBe("https://app.launchdarkly.com/api/v2/segments/p/e/a%2F..%2Fb");
    expect(auth).toBe("k");
  });

  it("rejects an invalid path parameter before sending", async () => {
    let calls = 0;
    const raw = createRawClient({ apiKey: "k", fetch: async () => (calls++, new Response("{}")) });
    await expect(
      raw.GET("/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}", {
        params: { path: { projectKey: "p", environmentKey: "e", segmentKey: ".." } },
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(calls).toBe(0);
  });
});

describe("client.fetch", () => {
  it("sends the token only to the API host", async () => {
    const seen: Array<[string, string | null]> = [];
    const client = createClient({
      apiKey: "k",
      fetch: async (input) => {
        seen.push([(input as Request).url, (input as Request).headers.get("authorization")]);
        return new Response("csv");
      },
    });
    const response = await client.fetch("/api/v2/segments/p/e/s/exports/x/download");
    expect(await response.text()).toBe("csv");
    expect(seen).toEqual([["https://app.launchdarkly.com/api/v2/segments/p/e/s/exports/x/download", "k"]]);
    await expect(client.fetch("https://evil.example/steal")).rejects.toThrow(ValidationError);
    expect(seen).toHaveLength(1);
  });
});
