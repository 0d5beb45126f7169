import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  BadRequestError,
  ConflictError,
  createClient,
  createRawClient,
  ForbiddenError,
  InternalServerError,
  LDError,
  NotFoundError,
  PartialFailureError,
  RateLimitError,
  UnauthorizedError,
  UnexpectedResponseError,
  ValidationError,
  type LdkitClient,
} from "../src/index.js";
import { startRecordingServer, type RecordingServer } from "./support/recording-server.js";

const TOKEN = "api-SECRET-7f3a9c2e-token";

let server: RecordingServer;
let client: LdkitClient;
beforeAll(async () => {
  server = await startRecordingServer();
  // retry: false — these tests pin the error mapping of a single response; retries are tested in test/retry/.
  client = createClient({ apiKey: TOKEN, baseUrl: server.baseUrl, timeout: 2_000, retry: false });
});
afterAll(() => server.close());

const get = () => client.getSegment({ projectKey: "p", environmentKey: "e", segmentKey: "s" });

async function caught(promise: Promise<unknown>): Promise<LDError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(LDError);
    return error as LDError;
  }
  throw new Error("expected the call to fail");
}

/** Every way an error can be rendered, joined; the token must appear in none of them. */
function renderings(error: LDError): string {
  return [
    String(error),
    error.message,
    error.stack ?? "",
    JSON.stringify(error),
    JSON.stringify(error.toJSON()),
    inspect(error, { depth: 10, showHidden: true }),
    inspect(error.toJSON(), { depth: 10 }),
    inspect((error as { cause?: unknown }).cause, { depth: 10 }),
  ].join("\n");
}

describe("status → error class", () => {
  it.each([
    [400, BadRequestError, "invalid_request", "Invalid request body"],
    [401, UnauthorizedError, "unauthorized", "Invalid access token"],
    [403, ForbiddenError, "forbidden", "Forbidden. Access to the requested resource was denied."],
    [404, NotFoundError, "not_found", "Invalid resource identifier"],
    [409, ConflictError, "optimistic_locking_error", "Conflict. Optimistic lock failed. Try again later."],
    [429, RateLimitError, "rate_limited", "You've exceeded the API rate limit. Try again later."],
    [500, InternalServerError, "internal_server_error", "Something went wrong"],
    [503, InternalServerError, "service_unavailable", "Try again"],
    [418, APIError, "teapot", "I'm a teapot"],
  ] as const)("%i → %o", async (status, ErrorClass, code, message) => {
    server.respond({ status, headers: { "x-request-id": `req-${status}`, "x-ratelimit-route-remaining": "4" }, body: { code, message } });
    const error = (await caught(get())) as APIError;
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(APIError);
    expect(error.constructor).toBe(ErrorClass);
    expect(error.status).toBe(status);
    expect(error.code).toBe(code);
    expect(error.apiMessage).toBe(message);
    expect(error.requestId).toBe(`req-${status}`);
    expect(error.headers["x-ratelimit-route-remaining"]).toBe("4");
    expect(error.body).toEqual({ code, message });
    expect(error.message).toContain(message);
    expect(error.message).toContain(`req-${status}`);
    expect(error.toJSON()).toMatchObject({ name: ErrorClass.name, status, code, requestId: `req-${status}` });
  });

  it("keeps an empty 429 body as undefined and reads Retry-After", async () => {
    server.respond({ status: 429, headers: { "retry-after": "7" } });
    const error = (await caught(get())) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.body).toBeUndefined();
    expect(error.code).toBeUndefined();
    expect(error.retryAfterMs).toBe(7_000);
  });

  it("reads X-Ratelimit-Reset (epoch ms) when there is no Retry-After", async () => {
    server.respond({ status: 429, headers: { "x-ratelimit-reset": String(Date.now() + 60_000) } });
    const error = (await caught(get())) as RateLimitError;
    expect(error.retryAfterMs).toBeGreaterThan(55_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(60_000);
  });

  it("keeps a non-JSON error body as text", async () => {
    server.respond({ status: 502, body: "<html>Bad gateway</html>" });
    const error = (await caught(get())) as APIError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.body).toBe("<html>Bad gateway</html>");
  });

  it("rejects a 2xx whose body is not JSON", async () => {
    server.respond({ status: 200, headers: { "content-type": "application/json" }, body: "{not json" });
    expect(await caught(get())).toBeInstanceOf(UnexpectedResponseError);
  });

  it("rejects an import answered without a Location", async () => {
    server.respond({ status: 204 });
    const error = await caught(
      client.createBigSegmentImport({ projectKey: "p", environmentKey: "e", segmentKey: "s", body: { file: new Blob(["k"]) } }),
    );
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error.message).toMatch(/Location/);
  });
});

describe("transport errors", () => {
  it("a refused connection is an APIConnectionError", async () => {
    const closed = await startRecordingServer();
    const url = closed.baseUrl;
    await closed.close();
    const c = createClient({ apiKey: TOKEN, baseUrl: url, retry: false });
    const error = await caught(c.getSegment({ projectKey: "p", environmentKey: "e", segmentKey: "s" }));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect(renderings(error)).not.toContain(TOKEN);
  });

  it("a hang past the timeout is an APIConnectionTimeoutError", async () => {
    const hanging = createClient({
      apiKey: TOKEN,
      baseUrl: "https://app.launchdarkly.com",
      retry: false,
      fetch: (_input, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal!.reason))),
    });
    const error = await caught(hanging.getSegment({ projectKey: "p", environmentKey: "e", segmentKey: "s", timeout: 20 }));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error.message).toContain("20 ms");
  });

  it("the caller's abort is an APIUserAbortError", async () => {
    const controller = new AbortController();
    const hanging = createClient({
      apiKey: TOKEN,
      fetch: (_input, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal!.reason))),
    });
    const pending = hanging.getSegment({ projectKey: "p", environmentKey: "e", segmentKey: "s", signal: controller.signal });
    controller.abort();
    expect(await caught(pending)).toBeInstanceOf(APIUserAbortError);
  });

  it("an already-aborted signal sends nothing", async () => {
    let calls = 0;
    const c = createClient({ apiKey: TOKEN, fetch: async () => (calls++, new Response("{}")) });
    const error = await caught(c.getSegment({ projectKey: "p", environmentKey: "e", segmentKey: "s", signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(calls).toBe(0);
  });
});

describe("200 with a non-empty errors array", () => {
  const body = {
    instructions: [
      { kind: "addExpiringTarget" as const, targetType: "included" as const, contextKey: "u-1", contextKind: "user", value: 1754092860000 },
      { kind: "removeExpiringTarget" as const, targetType: "excluded" as const, contextKey: "u-2", contextKind: "user" },
    ],
  };
  const response = {
    items: [],
    totalInstructions: 2,
    successfulInstructions: 1,
    failedInstructions: 1,
    errors: [{ instructionIndex: 1, message: "context u-2 is not a target" }],
  };
  const call = (allowPartial?: boolean) =>
    client.patchExpiringTargetsForSegment({
      projectKey: "p",
      environmentKey: "e",
      segmentKey: "s",
      body,
      ...(allowPartial === undefined ? {} : { allowPartial }),
    });

  it("throws PartialFailureError listing each failed instruction by default", async () => {
    server.respond({ status: 200, body: response });
    const error = (await caught(call())) as PartialFailureError;
    expect(error).toBeInstanceOf(PartialFailureError);
    expect(error.failures).toEqual([{ index: 1, message: "context u-2 is not a target", instruction: body.instructions[1] }]);
    expect(error.data).toEqual(response);
    expect(error.message).toContain("#1 removeExpiringTarget: context u-2 is not a target");
  });

  it("returns the response when allowPartial is set", async () => {
    server.respond({ status: 200, body: response });
    await expect(call(true)).resolves.toEqual(response);
  });

  it("passes when errors is empty", async () => {
    server.respond({ status: 200, body: { ...response, errors: [], failedInstructions: 0 } });
    await expect(call()).resolves.toMatchObject({ errors: [] });
  });

  it("applies to all three expiring-target patches", async () => {
    server.respond({ status: 200, body: response });
    const user = client.patchExpiringFlagsForUser({
      projectKey: "p",
      environmentKey: "e",
      userKey: "u",
      body: { instructions: [{ kind: "removeExpireUserTargetDate", flagKey: "f", variationId: "v" }] },
    });
    expect(await caught(user)).toBeInstanceOf(PartialFailureError);
    const segmentUsers = client.patchExpiringUserTargetsForSegment({
      projectKey: "p",
      environmentKey: "e",
      segmentKey: "s",
      body: { instructions: [{ kind: "removeExpireUserTargetDate", targetType: "included", userKey: "u" }] },
    });
    expect(await caught(segmentUsers)).toBeInstanceOf(PartialFailureError);
  });
});

describe("the token never appears", () => {
  it("in any rendering of any error, even when the server echoes it back", async () => {
    const statuses = [400, 401, 403, 404, 409, 429, 500];
    for (const status of statuses) {
      server.respond({
        status,
        headers: { "x-request-id": `echo ${TOKEN}`, "x-echo": TOKEN },
        body: { code: "echo", message: `bad token ${TOKEN}`, nested: { token: TOKEN, list: [TOKEN] } },
      });
      const error = await caught(get());
      const text = renderings(error);
      expect(text).not.toContain(TOKEN);
      expect(text).toContain("[REDACTED]");
    }
  });

  it("in a partial failure echoing it", async () => {
    server.respond({ status: 200, body: { items: [], errors: [{ instructionIndex: 0, message: `no ${TOKEN}` }] } });
    const error = await caught(
      client.patchExpiringUserTargetsForSegment({
        projectKey: "p",
        environmentKey: "e",
        segmentKey: "s",
        body: { instructions: [{ kind: "removeExpireUserTargetDate", targetType: "included", userKey: "u" }] },
      }),
    );
    expect(renderings(error)).not.toContain(TOKEN);
  });

  it("in the client object itself", () => {
    expect(JSON.stringify(client)).not.toContain(TOKEN);
    expect(inspect(client, { depth: 10, showHidden: true })).not.toContain(TOKEN);
    const raw = createRawClient({ apiKey: TOKEN, baseUrl: server.baseUrl });
    expect(JSON.stringify(raw)).not.toContain(TOKEN);
    expect(inspect(raw, { depth: 10, showHidden: true })).not.toContain(TOKEN);
  });

  it("in validation errors", async () => {
    const error = await caught(client.getSegment({ projectKey: TOKEN, environmentKey: "", segmentKey: "s" }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(renderings(error)).not.toContain(TOKEN);
  });
});

describe("the message and name a user reads", () => {
  const REQUEST = "GET /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}";
  it.each<[string, { status: number; headers?: Record<string, string>; body?: unknown; want: string }]>([
    [
      "status, code, message, request and request id",
      {
        status: 404,
        headers: { "x-request-id": "req-1" },
        body: { code: "not_found", message: "Invalid resource identifier" },
        want: `404 not_found: Invalid resource identifier (${REQUEST}) [request id req-1]`,
      },
    ],
    ["no code, no request id", { status: 400, body: { message: "Bad body" }, want: `400: Bad body (${REQUEST})` }],
    ["an empty 4xx body", { status: 404, want: `404: HTTP 404 (${REQUEST})` }],
    ["an empty 499 body", { status: 499, want: `499: HTTP 499 (${REQUEST})` }],
    ["an empty 500 body", { status: 500, want: `500: LaunchDarkly server error (${REQUEST})` }],
    ["an empty 503 body", { status: 503, want: `503: LaunchDarkly server error (${REQUEST})` }],
    ["a whitespace-only body", { status: 502, body: "  \n ", want: `502: LaunchDarkly server error (${REQUEST})` }],
    ["a text body, trimmed", { status: 502, body: "  <html>Bad gateway</html>\n", want: `502: <html>Bad gateway</html> (${REQUEST})` }],
    [
      "non-string code and message are ignored",
      { status: 409, body: { code: 42, message: { text: "x" } }, want: `409: HTTP 409 (${REQUEST})` },
    ],
    [
      "Request-Id when there is no X-Request-Id",
      { status: 403, headers: { "request-id": "r-2" }, want: `403: HTTP 403 (${REQUEST}) [request id r-2]` },
    ],
  ])("%s", async (_name, { status, headers, body, want }) => {
    server.respond({ status, ...(headers ? { headers } : {}), ...(body === undefined ? {} : { body }) });
    const error = (await caught(get())) as APIError;
    expect(error.message).toBe(want);
  });

  it("an empty body is kept as undefined, and a non-string code as no code", async () => {
    server.respond({ status: 502, body: "  \n " });
    expect(((await caught(get())) as APIError).body).toBeUndefined();
    server.respond({ status: 409, body: { code: 42, message: 7 } });
    const error = (await caught(get())) as APIError;
    expect(error.code).toBeUndefined();
    expect(error.apiMessage).toBeUndefined();
  });

  it("a text body is quoted up to its first 500 characters", async () => {
    const text = `${"x".repeat(499)}yz`;
    server.respond({ status: 502, body: text });
    const error = (await caught(get())) as APIError;
    expect(error.apiMessage).toBe(`${"x".repeat(499)}y`);
    expect(error.message).toBe(`502: ${"x".repeat(499)}y (${REQUEST})`);
    expect(error.body).toBe(text);
  });

  it("an APIError built without a request says so nowhere", () => {
    const error = new APIError({ status: 418, headers: {}, body: { code: "teapot", message: "short and stout" } });
    expect(error.message).toBe("418 teapot: short and stout");
    expect(new NotFoundError({ status: 404, headers: {}, body: undefined }).message).toBe("404: HTTP 404");
  });

  it.each<[string, { error: LDError; name: string; message: string }]>([
    ["LDError", { error: new LDError("base"), name: "LDError", message: "base" }],
    ["APIConnectionError", { error: new APIConnectionError(), name: "APIConnectionError", message: "Connection error" }],
    [
      "APIConnectionTimeoutError",
      { error: new APIConnectionTimeoutError(1500), name: "APIConnectionTimeoutError", message: "Request timed out after 1500 ms" },
    ],
    ["APIUserAbortError", { error: new APIUserAbortError(), name: "APIUserAbortError", message: "Request was aborted" }],
    [
      "UnexpectedResponseError",
      { error: new UnexpectedResponseError("no Location", 201, {}), name: "UnexpectedResponseError", message: "no Location" },
    ],
    [
      "PartialFailureError",
      {
        error: new PartialFailureError(
          [
            { index: 0, message: "no such target", instruction: { kind: "removeExpiringTarget" } },
            { index: 3, message: "instruction failed", instruction: undefined },
            { index: 4, message: "bad kind", instruction: { kind: 5 } },
          ],
          {},
        ),
        name: "PartialFailureError",
        message:
          "3 instruction(s) failed: #0 removeExpiringTarget: no such target; #3 instruction: instruction failed; #4 instruction: bad kind",
      },
    ],
  ])("%s", (_name, { error, name, message }) => {
    expect(error.name).toBe(name);
    expect(error.message).toBe(message);
    expect(String(error)).toBe(`${name}: ${message}`);
    expect(error.toJSON()).toMatchObject({ name, message });
  });

  it("the caller's abort reads as such", async () => {
    const c = createClient({ apiKey: TOKEN, fetch: async () => new Response("{}") });
    const error = await caught(c.getSegment({ projectKey: "p", environmentKey: "e", segmentKey: "s", signal: AbortSignal.abort() }));
    expect(String(error)).toBe("APIUserAbortError: Request was aborted");
  });
});
