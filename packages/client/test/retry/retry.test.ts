import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  APIConnectionError,
  APIError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  createClient,
  createRawClient,
  InternalServerError,
  RateLimitError,
  ValidationError,
  type ClientOptions,
  type LdkitClient,
  type RetryEvent,
} from "../../src/index.js";
import { timing } from "../../src/internal/timing.js";
import { formDataOf } from "../support/multipart.js";
import { fakeTiming } from "../support/fake-timing.js";
import { startRecordingServer, type RecordingServer, type ScriptedFault, type ScriptedResponse } from "../support/recording-server.js";

const TOKEN = "api-RETRY-5b1e0c7d-token";
const NOW = 1_700_000_000_000;
const where = { projectKey: "p", environmentKey: "e", segmentKey: "s" };

let server: RecordingServer;
let events: RetryEvent[];
const waits = fakeTiming({ now: NOW, random: 0.5 });

beforeAll(async () => {
  server = await startRecordingServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  events = [];
});

function client(options: Partial<ClientOptions> = {}): LdkitClient {
  const { retry, ...rest } = options;
  return createClient({
    apiKey: TOKEN,
    baseUrl: server.baseUrl,
    timeout: 2_000,
    retry: retry === false ? false : { onRetry: (e) => events.push(e), ...retry },
    ...rest,
  });
}

/** Answers the scripted responses in order, then the last one forever. */
function sequence(...answers: (ScriptedResponse | ScriptedFault)[]): void {
  let i = 0;
  server.respond(() => answers[Math.min(i++, answers.length - 1)]!);
}

const ok: ScriptedResponse = { status: 200, body: { key: "s" } };
const noContent: ScriptedResponse = { status: 204 };

const getSegment = (c: LdkitClient) => c.getSegment(where);
const postTargets = (c: LdkitClient) => c.updateBigSegmentContextTargets({ ...where, body: { included: { add: ["k1", "k2"] } } });
const patchSegment = (c: LdkitClient) =>
  c.patchSegment({ ...where, body: { environmentKey: "e", instructions: [{ kind: "addTags", values: ["t"] }] } });
const putSetting = (c: LdkitClient) =>
  c.putFlagSetting({ projectKey: "p", environmentKey: "e", userKey: "u", featureFlagKey: "f", body: { setting: true } });
const deleteSegment = (c: LdkitClient) => c.deleteSegment(where);

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

describe("429", () => {
  it("waits Retry-After seconds, for any method", async () => {
    sequence({ status: 429, headers: { "retry-after": "3" } }, noContent);
    await postTargets(client());
    expect(server.requests).toHaveLength(2);
    expect(waits).toEqual([3_000]);
    expect(events).toEqual([
      {
        attempt: 1,
        delayMs: 3_000,
        reason: "rate-limited",
        status: 429,
        method: "POST",
        url: `${server.baseUrl}/api/v2/segments/p/e/s/contexts`,
      },
    ]);
  });

  it("waits until X-Ratelimit-Reset (epoch ms) when there is no Retry-After", async () => {
    sequence({ status: 429, headers: { "x-ratelimit-reset": String(NOW + 1_234) } }, ok);
    await expect(getSegment(client())).resolves.toEqual({ key: "s" });
    expect(waits).toEqual([1_234]);
  });

  it("prefers Retry-After over X-Ratelimit-Reset", async () => {
    sequence({ status: 429, headers: { "retry-after": "2", "x-ratelimit-reset": String(NOW + 9_000) } }, ok);
    await getSegment(client());
    expect(waits).toEqual([2_000]);
  });

  it("reads Retry-After as an HTTP date", async () => {
    sequence({ status: 429, headers: { "retry-after": new Date(NOW + 5_000).toUTCString() } }, ok);
    await getSegment(client());
    expect(waits).toEqual([5_000]);
  });

  it("backs off exponentially with full jitter when no header says how long, and gives up after maxAttempts", async () => {
    sequence({ status: 429 });
    const error = await failure(getSegment(client()));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(server.requests).toHaveLength(4);
    // random() = 0.5 → half of 500·2ⁿ⁻¹
    expect(waits).toEqual([250, 500, 1_000]);
    expect(events.map((e) => e.attempt)).toEqual([1, 2, 3]);
  });

  it("falls back to backoff when X-Ratelimit-Reset is already past", async () => {
    sequence({ status: 429, headers: { "x-ratelimit-reset": String(NOW - 10) } }, ok);
    await getSegment(client());
    expect(waits).toEqual([250]);
  });

  it.each<[string, { headers: Record<string, string>; want: number }]>([
    ["Retry-After: 0 means retry at once", { headers: { "retry-after": "0" }, want: 0 }],
    ["a blank Retry-After falls back to backoff", { headers: { "retry-after": "" }, want: 250 }],
    [
      "a Retry-After date already past falls back to backoff",
      { headers: { "retry-after": new Date(NOW - 5_000).toUTCString() }, want: 250 },
    ],
    [
      "a Retry-After date already past falls back to X-Ratelimit-Reset",
      { headers: { "retry-after": new Date(NOW - 5_000).toUTCString(), "x-ratelimit-reset": String(NOW + 700) }, want: 700 },
    ],
    ["an X-Ratelimit-Reset of right now falls back to backoff", { headers: { "x-ratelimit-reset": String(NOW) }, want: 250 }],
  ])("%s", async (_name, { headers, want }) => {
    sequence({ status: 429, headers }, ok);
    await expect(getSegment(client())).resolves.toEqual({ key: "s" });
    expect(waits).toEqual([want]);
  });

  it("RateLimitError.retryAfterMs ignores a whitespace-only Retry-After", () => {
    expect(new RateLimitError({ status: 429, headers: { "retry-after": "  " }, body: undefined }).retryAfterMs).toBeUndefined();
    expect(new RateLimitError({ status: 429, headers: { "retry-after": " 2 " }, body: undefined }).retryAfterMs).toBe(2_000);
  });

  it("does not wait past maxTotalWaitMs: the 429 is thrown at once", async () => {
    sequence({ status: 429, headers: { "retry-after": "120" } }, ok);
    const error = await failure(getSegment(client()));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(120_000);
    expect(server.requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it("stops when the next wait would exceed the remaining budget", async () => {
    sequence({ status: 429, headers: { "retry-after": "4" } });
    await failure(getSegment(client({ retry: { maxAttempts: 10, maxTotalWaitMs: 10_000 } })));
    expect(waits).toEqual([4_000, 4_000]);
    expect(server.requests).toHaveLength(3);
  });

  it("re-sends a multipart body intact", async () => {
    sequence({ status: 429, headers: { "retry-after": "1" } }, { status: 204, headers: { location: "/i/imp-1" } });
    const created = await client().createBigSegmentImport({
      ...where,
      body: { file: new File(["key\nu-1\nu-2\n"], "keys.csv", { type: "text/csv" }), mode: "merge" },
    });
    expect(created.id).toBe("imp-1");
    expect(server.requests).toHaveLength(2);
    // Each attempt is a fresh multipart encoding (its own boundary) of the same fields.
    const [first, second] = await Promise.all(server.requests.map((r) => formDataOf(r)));
    for (const form of [first!, second!]) {
      expect(form.get("mode")).toBe("merge");
      const file = form.get("file") as File;
      expect(file.name).toBe("keys.csv");
      expect(await file.text()).toBe("key\nu-1\nu-2\n");
    }
    expect(server.requests[1]!.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
  });

  it("re-sends a JSON body intact", async () => {
    sequence({ status: 429, headers: { "retry-after": "1" } }, { status: 200, body: { key: "s" } });
    const body = { environmentKey: "e", instructions: [{ kind: "addTags" as const, values: ["a"] }] };
    await client().patchSegment({ ...where, body });
    expect(server.requests).toHaveLength(2);
    expect(server.requests.map((r) => JSON.parse(r.body))).toEqual([body, body]);
    expect(server.requests[1]!.headers["content-type"]).toBe("application/json; domain-model=launchdarkly.semanticpatch");
  });
});

describe("408 and 5xx", () => {
  it.each([500, 502, 503, 504, 408])("%i is retried for GET until it succeeds", async (status) => {
    sequence({ status }, { status }, ok);
    await expect(getSegment(client())).resolves.toEqual({ key: "s" });
    expect(server.requests.map((r) => r.method)).toEqual(["GET", "GET", "GET"]);
    expect(waits).toEqual([250, 500]);
    expect(events.map((e) => [e.reason, e.status])).toEqual([
      ["http-status", status],
      ["http-status", status],
    ]);
  });

  it.each([
    ["PUT", putSetting],
    ["DELETE", deleteSegment],
  ] as const)("%s is idempotent and retried", async (method, call) => {
    sequence({ status: 503 }, noContent);
    await call(client());
    expect(server.requests.map((r) => r.method)).toEqual([method, method]);
  });

  it.each([500, 502, 503, 408])("POST after %i: exactly one attempt", async (status) => {
    sequence({ status }, noContent);
    const error = await failure(postTargets(client()));
    expect(error).toBeInstanceOf(status === 408 ? APIError : InternalServerError);
    expect((error as APIError).status).toBe(status);
    expect(server.requests).toHaveLength(1);
    expect(events).toEqual([]);
  });

  it.each([500, 502, 503])("PATCH after %i: exactly one attempt", async (status) => {
    sequence({ status }, ok);
    expect(await failure(patchSegment(client()))).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it("honours Retry-After on a 503", async () => {
    sequence({ status: 503, headers: { "retry-after": "7" } }, ok);
    await getSegment(client());
    expect(waits).toEqual([7_000]);
  });

  it("does not retry 501 or 4xx other than 408 and 429", async () => {
    for (const status of [501, 400, 404, 409]) {
      server.requests.length = 0;
      sequence({ status }, ok);
      await failure(getSegment(client()));
      expect(server.requests).toHaveLength(1);
    }
    expect(events).toEqual([]);
  });

  it("caps each backoff wait at maxDelayMs", async () => {
    vi.spyOn(timing, "random").mockReturnValue(0.999);
    sequence({ status: 500 });
    await failure(getSegment(client({ retry: { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 800 } })));
    expect(waits).toEqual([499, 799, 799, 799]);
    expect(server.requests).toHaveLength(5);
  });

  it("returns the last response as a typed error when attempts run out", async () => {
    sequence({ status: 503, body: { code: "service_unavailable", message: "down" } });
    const error = await failure(getSegment(client({ retry: { maxAttempts: 2 } })));
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).code).toBe("service_unavailable");
    expect(server.requests).toHaveLength(2);
  });
});

describe("network failures", () => {
  it("a reset connection is retried for GET", async () => {
    sequence({ fault: "reset" }, ok);
    await expect(getSegment(client())).resolves.toEqual({ key: "s" });
    expect(server.requests).toHaveLength(2);
    expect(events.map((e) => e.reason)).toEqual(["connection-error"]);
    expect(events[0]).not.toHaveProperty("status");
  });

  it.each([
    ["POST", postTargets],
    ["PATCH", patchSegment],
  ] as const)("a reset connection is not retried for %s: exactly one attempt", async (_method, call) => {
    sequence({ fault: "reset" }, ok);
    const error = await failure(call(client()));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(server.requests).toHaveLength(1);
    expect(events).toEqual([]);
  });

  it("a hang past the timeout is retried for GET, each attempt with its own timeout", async () => {
    server.respond({ fault: "hang" });
    const error = await failure(getSegment(client({ timeout: 50 })));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(server.requests).toHaveLength(4);
    expect(events.map((e) => e.reason)).toEqual(["timeout", "timeout", "timeout"]);
  });

  it("a hang then an answer succeeds on the second attempt", async () => {
    sequence({ fault: "hang" }, ok);
    await expect(getSegment(client({ timeout: 50 }))).resolves.toEqual({ key: "s" });
    expect(server.requests).toHaveLength(2);
  });

  it("a hang past the timeout is not retried for POST", async () => {
    server.respond({ fault: "hang" });
    expect(await failure(postTargets(client({ timeout: 50 })))).toBeInstanceOf(APIConnectionTimeoutError);
    expect(server.requests).toHaveLength(1);
  });

  it("a refused connection is retried even for POST, since nothing reached the server", async () => {
    const gone = await startRecordingServer();
    const port = Number(new URL(gone.baseUrl).port);
    await gone.close();
    let revived: RecordingServer | undefined;
    const c = createClient({
      apiKey: TOKEN,
      baseUrl: gone.baseUrl,
      retry: { onRetry: (e) => events.push(e) },
    });
    // during the wait, bring a server up on the port that refused the first attempt
    vi.spyOn(timing, "sleep").mockImplementation(async (ms) => {
      waits.push(ms);
      revived ??= await startRecordingServer(port);
      revived.respond(noContent);
    });
    try {
      await postTargets(c);
      expect(events.map((e) => e.reason)).toEqual(["connection-refused"]);
      expect(revived!.requests).toHaveLength(1);
      expect(JSON.parse(revived!.requests[0]!.body)).toEqual({ included: { add: ["k1", "k2"] } });
    } finally {
      await revived?.close();
    }
  });

  it("a refused connection gives up after maxAttempts with an APIConnectionError", async () => {
    const gone = await startRecordingServer();
    await gone.close();
    const error = await failure(
      postTargets(createClient({ apiKey: TOKEN, baseUrl: gone.baseUrl, retry: { onRetry: (e) => events.push(e) } })),
    );
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(events.map((e) => e.reason)).toEqual(["connection-refused", "connection-refused", "connection-refused"]);
  });
});

describe("abort", () => {
  it("cancels a pending wait at once with APIUserAbortError", async () => {
    vi.mocked(timing.sleep).mockRestore();
    const controller = new AbortController();
    server.respond({ status: 429, headers: { "retry-after": "3600" } });
    const c = client({ retry: { maxTotalWaitMs: 10_000_000, onRetry: () => setImmediate(() => controller.abort()) } });
    const error = await failure(c.getSegment({ ...where, signal: controller.signal }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(1);
  });

  it("an abort during an attempt is not retried", async () => {
    const controller = new AbortController();
    server.respond(() => {
      setImmediate(() => controller.abort());
      return { fault: "hang" };
    });
    const error = await failure(client().getSegment({ ...where, signal: controller.signal }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(1);
    expect(events).toEqual([]);
  });
});

describe("configuration", () => {
  it("retry: false sends once", async () => {
    sequence({ status: 503 }, ok);
    await failure(getSegment(client({ retry: false })));
    expect(server.requests).toHaveLength(1);
  });

  it("maxAttempts: 1 sends once", async () => {
    sequence({ status: 429, headers: { "retry-after": "1" } }, ok);
    await failure(getSegment(client({ retry: { maxAttempts: 1 } })));
    expect(server.requests).toHaveLength(1);
  });

  it("a call can turn retries off or change them", async () => {
    const c = client();
    sequence({ status: 503 }, ok);
    await failure(c.getSegment({ ...where, retry: false }));
    expect(server.requests).toHaveLength(1);

    server.requests.length = 0;
    sequence({ status: 503 });
    await failure(c.getSegment({ ...where, retry: { maxAttempts: 2 } }));
    expect(server.requests).toHaveLength(2);
    expect(events).toHaveLength(1); // the client's onRetry is kept
  });

  it("the raw client retries too", async () => {
    sequence({ status: 502 }, ok);
    const raw = createRawClient({ apiKey: TOKEN, baseUrl: server.baseUrl, timeout: 2_000, retry: { onRetry: (e) => events.push(e) } });
    const { data } = await raw.GET("/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}", { params: { path: where } });
    expect(data).toEqual({ key: "s" });
    expect(server.requests).toHaveLength(2);
  });

  it.each([
    [{ maxAttempts: 0 }, "retry.maxAttempts", "Invalid retry.maxAttempts: must be an integer ≥ 1"],
    [{ maxAttempts: 1.5 }, "retry.maxAttempts", "Invalid retry.maxAttempts: must be an integer ≥ 1"],
    [{ maxTotalWaitMs: -1 }, "retry.maxTotalWaitMs", "Invalid retry.maxTotalWaitMs: must be an integer ≥ 0 (ms)"],
    [{ baseDelayMs: Number.NaN }, "retry.baseDelayMs", "Invalid retry.baseDelayMs: must be an integer ≥ 0 (ms)"],
    [{ maxDelayMs: Infinity }, "retry.maxDelayMs", "Invalid retry.maxDelayMs: must be an integer ≥ 0 (ms)"],
    [{ onRetry: "log" }, "retry.onRetry", "Invalid retry.onRetry: must be a function"],
    ["yes", "retry", "Invalid retry: must be an object or false"],
    [null, "retry", "Invalid retry: must be an object or false"],
  ])("rejects retry %j", (retry, field, message) => {
    let error: unknown;
    try {
      createClient({ apiKey: TOKEN, retry: retry as never });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe(field);
    expect((error as ValidationError).message).toBe(message);
  });

  it("an onRetry that throws fails the call with its error, without another attempt", async () => {
    sequence({ status: 503 }, ok);
    const boom = new Error("stop");
    const c = client({
      retry: {
        onRetry: () => {
          throw boom;
        },
      },
    });
    expect(await failure(getSegment(c))).toBe(boom);
    expect(server.requests).toHaveLength(1);
  });

  it("retry events never carry the token", async () => {
    sequence({ status: 429, headers: { "x-echo": TOKEN } }, { fault: "reset" }, { status: 500, body: { message: TOKEN } }, ok);
    await getSegment(client());
    expect(events).toHaveLength(3);
    expect(JSON.stringify(events)).not.toContain(TOKEN);
  });
});
