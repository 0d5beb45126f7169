import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  APIConnectionError,
  APIUserAbortError,
  createClient,
  createRawClient,
  exportBigSegment,
  FINAL_EXPORT_STATUSES,
  ForbiddenError,
  NotFoundError,
  PartialFailureError,
  segmentFilter,
  UnexpectedResponseError,
  ValidationError,
} from "../../src/index.js";
import { startRecordingServer, type RecordingServer } from "../support/recording-server.js";

// One test per observation of the request-pipeline issue: each failed on the code before the pipeline.

const TOKEN = "api-OBSERVED-77aa-token";
const where = { projectKey: "p", environmentKey: "e", segmentKey: "s" };
const SEMANTIC = "application/json; domain-model=launchdarkly.semanticpatch";

let server: RecordingServer;
let other: RecordingServer;
beforeAll(async () => {
  server = await startRecordingServer();
  other = await startRecordingServer();
});
afterAll(async () => {
  await server.close();
  await other.close();
});
afterEach(() => {
  server.requests.length = 0;
  other.requests.length = 0;
  server.respond({ status: 200, body: {} });
});

const caught = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error,
  );

/** A server that sends headers and part of the body, then stalls (its sockets close with it). */
async function stallingServer(): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const s = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
    res.write('{"key":');
  });
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  return {
    baseUrl: `http://127.0.0.1:${(s.address() as AddressInfo).port}`,
    close: () =>
      new Promise((r) => {
        s.closeAllConnections();
        s.close(() => r());
      }),
  };
}

describe("1. a stalled body", () => {
  it("aborting the caller's signal while the body stalls rejects with APIUserAbortError", async () => {
    const stalling = await stallingServer();
    try {
      const client = createClient({ apiKey: TOKEN, baseUrl: stalling.baseUrl, retry: false, timeout: 0 });
      const controller = new AbortController();
      const pending = caught(client.getSegment({ ...where, signal: controller.signal }));
      setTimeout(() => controller.abort(), 100);
      expect(await pending).toBeInstanceOf(APIUserAbortError);
    } finally {
      await stalling.close();
    }
  });
});

describe("3. the token never leaks", () => {
  it("(a) a same-origin download link answering 403 with the token echoed: ForbiddenError without it", async () => {
    const base = "/api/v2/segments/p/e/s";
    server.respond((req) => {
      if (req.method === "POST") return { status: 200, headers: { location: `${base}/exports/x` } };
      if (req.path === `${base}/exports/x`) {
        return {
          status: 200,
          body: {
            id: "x",
            segmentKey: "s",
            creationTime: 1,
            status: FINAL_EXPORT_STATUSES[0],
            sizeBytes: 1,
            size: "1",
            initiator: {},
            _links: { download: { href: "/dl/x.csv" } },
          },
        };
      }
      return { status: 403, body: `no download for ${String(req.headers.authorization)}` };
    });
    const client = createClient({ apiKey: TOKEN, baseUrl: server.baseUrl, retry: false });
    const error = await caught(exportBigSegment(client, { ...where, download: true, pollIntervalMs: 1 }));
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(`${error!.message} ${JSON.stringify(error)} ${error!.stack}`).not.toContain(TOKEN);
    expect(error!.message).toContain("[REDACTED]");
  });

  it("(c) an apiKey with a control character is a ValidationError that does not quote it", () => {
    for (const apiKey of [`${TOKEN}\u0000`, `${TOKEN}\u0007`, `${TOKEN}\u007f`, `${TOKEN}\u2028`]) {
      const error = (() => {
        try {
          createClient({ apiKey });
        } catch (e) {
          return e as Error;
        }
      })();
      expect(error).toBeInstanceOf(ValidationError);
      expect(`${error!.message} ${JSON.stringify(error)}`).not.toContain(TOKEN);
    }
  });

  it("(d) a baseUrl with credentials is refused without printing them", () => {
    const error = (() => {
      try {
        createClient({ apiKey: TOKEN, baseUrl: "https://admin:hunter2@app.launchdarkly.com" });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect(error!.message).not.toContain("hunter2");
  });

  it("a fetch that fails quoting the token and URL credentials: APIConnectionError, message and cause scrubbed", async () => {
    const client = createClient({
      apiKey: TOKEN,
      retry: false,
      fetch: async () => {
        throw new TypeError(`bad header value ${TOKEN} for https://u:pw-secret@proxy.example`, { cause: new Error(`inner ${TOKEN}`) });
      },
    });
    const error = await caught(client.getSegment(where));
    expect(error).toBeInstanceOf(APIConnectionError);
    const all = `${error!.message}\n${error!.stack}\n${JSON.stringify(error)}\n${String((error!.cause as Error).message)}\n${String(((error!.cause as Error).cause as Error).message)}`;
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain("pw-secret");
  });
});

describe("4. the raw client behaves the same", () => {
  const raw = () => createRawClient({ apiKey: TOKEN, baseUrl: server.baseUrl, retry: false });

  it("sends a semantic patch with the semantic-patch media type (patchSegment and the expiring-targets patch)", async () => {
    server.respond({ status: 200, body: { key: "s", items: [] } });
    await raw().PATCH("/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}", {
      params: { path: where },
      body: { instructions: [{ kind: "addTags", values: ["a"] }] } as never,
    });
    await raw().PATCH("/api/v2/segments/{projectKey}/{segmentKey}/expiring-targets/{environmentKey}", {
      params: { path: where },
      body: { instructions: [{ kind: "removeExpiringTarget", contextKey: "c", contextKind: "user", targetType: "included" }] } as never,
    });
    expect(server.requests.map((r) => r.headers["content-type"])).toEqual([SEMANTIC, SEMANTIC]);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([TOKEN, TOKEN]);
  });

  it("keeps a JSON Patch as application/json", async () => {
    server.respond({ status: 200, body: { key: "s" } });
    await raw().PATCH("/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}", {
      params: { path: where },
      body: [{ op: "replace", path: "/name", value: "n" }] as never,
    });
    expect(server.requests[0]!.headers["content-type"]).toBe("application/json");
  });

  it("throws PartialFailureError for a 200 with failed instructions", async () => {
    server.respond({ status: 200, body: { items: [], errors: [{ instructionIndex: 0, message: "no such target" }] } });
    const error = await caught(
      raw().PATCH("/api/v2/segments/{projectKey}/{segmentKey}/expiring-targets/{environmentKey}", {
        params: { path: where },
        body: { instructions: [{ kind: "removeExpiringTarget", contextKey: "c", contextKind: "user", targetType: "included" }] } as never,
      }),
    );
    expect(error).toBeInstanceOf(PartialFailureError);
  });
});

describe("5. redirects never carry anything to another origin", () => {
  const client = () => createClient({ apiKey: TOKEN, baseUrl: server.baseUrl, retry: false, headers: { "X-Team": "growth" } });

  it.each([302, 307, 308])("a %i to another origin is refused and the other host sees nothing", async (status) => {
    server.respond({ status, headers: { location: `${other.baseUrl}/steal` } });
    const error = await caught(client().postSegment({ projectKey: "p", environmentKey: "e", body: { key: "k", name: "n" } }));
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(other.requests).toHaveLength(0);
  });

  it("an upload (a multipart CSV import) is never redirected: a redirect is an APIConnectionError, nothing re-sent", async () => {
    server.respond({ status: 307, headers: { location: `${server.baseUrl}/elsewhere` } });
    const error = await caught(
      client().createBigSegmentImport({ ...where, body: { file: new Blob(["key\nk-1\n"], { type: "text/csv" }), mode: "merge" } }),
    );
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(server.requests.map((r) => r.path)).toEqual(["/api/v2/segments/p/e/s/imports"]);
  });

  it("a same-origin redirect is followed with the token, a 303 as a GET without body", async () => {
    server.respond((req) =>
      req.path.endsWith("/moved")
        ? { status: 200, body: { key: "s", name: "n" } }
        : { status: 303, headers: { location: "/api/v2/moved" } },
    );
    const data = await client().postSegment({ projectKey: "p", environmentKey: "e", body: { key: "k", name: "n" } });
    expect(data).toEqual({ key: "s", name: "n" });
    expect(server.requests.map((r) => [r.method, r.headers.authorization, r.body])).toEqual([
      ["POST", TOKEN, '{"key":"k","name":"n"}'],
      ["GET", TOKEN, ""],
    ]);
  });
});

describe("6. query parameters are serialized by their type", () => {
  const client = () => createClient({ apiKey: TOKEN, baseUrl: server.baseUrl, retry: false });
  it.each([
    ["a SegmentFilter object as filter", { filter: segmentFilter.tags.anyOf(["a"]) }, "filter"],
    ["an object as offset", { offset: {} }, "offset"],
    ["a fractional limit", { limit: 1.5 }, "limit"],
    ["a limit below the minimum", { limit: 0 }, "limit"],
    ["a numeric sort", { sort: 1 }, "sort"],
  ])("%s is a ValidationError naming the parameter, nothing sent", async (_name, query, field) => {
    const error = await caught(client().getSegments({ projectKey: "p", environmentKey: "e", ...(query as object) }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe(field);
    expect(server.requests).toHaveLength(0);
  });

  it("dryRun must be a boolean and is sent as true/false", async () => {
    expect(await caught(client().patchSegment({ ...where, dryRun: "yes" as never, body: [] }))).toBeInstanceOf(ValidationError);
    server.respond({ status: 200, body: { key: "s" } });
    await client().patchSegment({ ...where, dryRun: true, body: [] });
    expect(server.requests[0]!.query).toEqual({ dryRun: "true" });
  });
});

describe("7. a success that breaks the contract is never returned as data", () => {
  it.each([
    ["an empty body", ""],
    ["null", "null"],
    ["an array", "[1,2]"],
    ["a number", "42"],
  ])("getSegment answered 200 with %s: UnexpectedResponseError", async (_name, body) => {
    server.respond({ status: 200, body, headers: { "content-type": "application/json" } });
    const client = createClient({ apiKey: TOKEN, baseUrl: server.baseUrl, retry: false });
    expect(await caught(client.getSegment(where))).toBeInstanceOf(UnexpectedResponseError);
  });
});

describe("8. bad options are ValidationErrors, before anything is sent", () => {
  const circular: Record<string, unknown> = { key: "k" };
  circular.self = circular;
  it.each([
    ["a signal that is not an AbortSignal", { ...where, body: [], signal: { aborted: "no" } }, "signal"],
    ["headers as a string", { ...where, headers: "X-A: b" }, "headers"],
    ["a header value with a newline", { ...where, headers: { "X-A": "b\r\nEvil: 1" } }, "headers.X-A"],
    ["a BigInt in the body", { ...where, body: [{ op: "replace", path: "/version", value: 1n }] }, "body"],
    ["a circular body", { ...where, body: circular }, "body"],
  ])("%s", async (_name, args, field) => {
    const client = createClient({ apiKey: TOKEN, baseUrl: server.baseUrl, retry: false });
    const error = await caught(client.patchSegment(args as never));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe(field);
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    ["an apiVersion with a newline", { apiVersion: "20240415\nX: y" }, "apiVersion"],
    ["a baseUrl with spaces", { baseUrl: "https://app.launch darkly.com" }, "baseUrl"],
    ["headers that are not an object", { headers: "X-A: b" }, "headers"],
  ])("createClient with %s", (_name, options, field) => {
    expect(() => createClient({ apiKey: TOKEN, ...(options as object) })).toThrow(expect.objectContaining({ field }));
  });

  it("a custom fetch resolving to something that is not a Response", async () => {
    const client = createClient({ apiKey: TOKEN, retry: false, fetch: (async () => ({ ok: true })) as never });
    const error = await caught(client.getSegment(where));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe("fetch");
  });

  it("a custom fetch throwing a foreign value is an APIConnectionError", async () => {
    const client = createClient({
      apiKey: TOKEN,
      retry: false,
      fetch: (async () => {
        throw "boom";
      }) as never,
    });
    expect(await caught(client.getSegment(where))).toBeInstanceOf(APIConnectionError);
  });
});

describe("10. behaviours pinned by a test", () => {
  it("the abort listener on a long-lived caller signal is removed after each attempt", async () => {
    server.respond({ status: 200, body: { key: "s" } });
    const controller = new AbortController();
    let listeners = 0;
    const { signal } = controller;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = ((...args: Parameters<AbortSignal["addEventListener"]>) => {
      listeners++;
      add(...args);
    }) as AbortSignal["addEventListener"];
    signal.removeEventListener = ((...args: Parameters<AbortSignal["removeEventListener"]>) => {
      listeners--;
      remove(...args);
    }) as AbortSignal["removeEventListener"];
    const client = createClient({ apiKey: TOKEN, baseUrl: server.baseUrl, retry: false });
    for (let i = 0; i < 5; i++) await client.getSegment({ ...where, signal });
    expect(listeners).toBe(0);
  });

  it("per-call headers win over client headers; Authorization and LD-API-Version stay the client's", async () => {
    server.respond({ status: 200, body: { key: "s" } });
    const client = createClient({ apiKey: TOKEN, baseUrl: server.baseUrl, retry: false, headers: { "X-Team": "client", "X-Other": "o" } });
    await client.getSegment({ ...where, headers: { "X-Team": "call", Authorization: "forged", "LD-API-Version": "1" } });
    const { headers } = server.requests[0]!;
    expect([headers["x-team"], headers["x-other"], headers.authorization, headers["ld-api-version"]]).toEqual([
      "call",
      "o",
      TOKEN,
      "20240415",
    ]);
  });

  it("the request id falls back to the Request-Id header", async () => {
    server.respond({ status: 404, headers: { "request-id": "req-42" }, body: { code: "not_found", message: "no" } });
    const client = createClient({ apiKey: TOKEN, baseUrl: server.baseUrl, retry: false });
    const error = await caught(client.getSegment(where));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).requestId).toBe("req-42");
  });
});
