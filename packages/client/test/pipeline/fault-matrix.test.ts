import { inspect } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  BulkUpdateError,
  createClient,
  createRawClient,
  exportBigSegment,
  FINAL_EXPORT_STATUSES,
  InternalServerError,
  iterateSegments,
  RateLimitError,
  UnauthorizedError,
  UnexpectedResponseError,
  updateBigSegmentTargetsInBulk,
  type LdkitClient,
  type RawClient,
} from "../../src/index.js";
import { FAULTS, startFaultServer, type Answer, type Fault, type FaultServer, type SeenRequest } from "../support/fault-server.js";

// Every route a request can leave by × every fault: the expected typed outcome, with the token never
// in anything ldkit hands back. A route or fault without a cell fails the run.

const TOKEN = "api-MATRIX-5e1f-9c1d-secret";
const where = { projectKey: "p", environmentKey: "e", segmentKey: "s" };
const segmentPath = "/api/v2/segments/p/e/s";

interface Ctx {
  client: LdkitClient;
  raw: RawClient;
}

/** Each route, and the path of the request that receives the fault. */
const routes = {
  "operation method": { target: segmentPath, run: (c: Ctx) => c.client.getSegment(where) },
  "raw client": {
    target: segmentPath,
    run: (c: Ctx) => c.raw.GET("/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}", { params: { path: where } }),
  },
  "client.fetch": {
    target: segmentPath,
    run: async (c: Ctx) => {
      const response = await c.client.fetch(segmentPath);
      return { status: response.status, text: await response.text() };
    },
  },
  "export download": {
    target: "/files/export.csv",
    run: async (c: Ctx) => {
      const { response } = await exportBigSegment(c.client, { ...where, download: true, pollIntervalMs: 1 });
      return { status: response.status, text: await response.text() };
    },
  },
  iterateSegments: {
    target: "/api/v2/segments/p/e",
    run: async (c: Ctx) => {
      const keys: string[] = [];
      for await (const segment of iterateSegments(c.client, { projectKey: "p", environmentKey: "e" })) keys.push(segment.key);
      return keys;
    },
  },
  bulk: {
    target: `${segmentPath}/contexts`,
    run: (c: Ctx) => updateBigSegmentTargetsInBulk(c.client, { ...where, target: "included", add: ["k-1", "k-2"] }),
  },
} as const;
type Route = keyof typeof routes;

type Expect =
  /** Rejects with this error class (for bulk: a BulkUpdateError whose cause is of this class); `sent`: requests the target saw. */
  | { throws: abstract new (...args: never[]) => Error; sent: number }
  /** Resolves; `check` looks at the value. */
  | { resolves: (value: unknown, other: FaultServer) => void; sent: number };

const timeout = (sent: number): Expect => ({ throws: APIConnectionTimeoutError, sent });
const connection = (sent: number): Expect => ({ throws: APIConnectionError, sent });
const refused: Expect = { throws: UnexpectedResponseError, sent: 1 };
const statusValue = (status: number, sent: number): Expect => ({
  resolves: (value) =>
    expect((value as { status?: number; response?: Response }).status ?? (value as { response: Response }).response.status).toBe(status),
  sent,
});

// GET routes that read the body inside the pipeline retry a failed body read (2 attempts); routes that hand
// the body back as a stream (client.fetch, download) can only retry what failed before the headers; a POST
// (bulk) is retried only after a 429.
const matrix: Record<Route, Record<Fault, Expect>> = {
  "operation method": {
    "stall-before-headers": timeout(2),
    "stall-mid-body": timeout(2),
    "reset-mid-body": connection(2),
    "5xx": { throws: InternalServerError, sent: 2 },
    "429": { throws: RateLimitError, sent: 2 },
    "cross-origin-redirect": refused,
    "echoed-token": { throws: UnauthorizedError, sent: 1 },
  },
  "raw client": {
    "stall-before-headers": timeout(2),
    "stall-mid-body": timeout(2),
    "reset-mid-body": connection(2),
    "5xx": statusValue(503, 2),
    "429": statusValue(429, 2),
    "cross-origin-redirect": refused,
    "echoed-token": {
      resolves: (value) => {
        const { error, response } = value as { error: unknown; response: Response };
        expect(response.status).toBe(401);
        expect(JSON.stringify(error)).toContain("[REDACTED]");
        expect(JSON.stringify(error)).not.toContain(TOKEN);
        expect(response.headers.get("x-echo")).not.toContain(TOKEN);
      },
      sent: 1,
    },
  },
  "client.fetch": {
    "stall-before-headers": timeout(2),
    "stall-mid-body": timeout(1),
    "reset-mid-body": connection(1),
    "5xx": statusValue(503, 2),
    "429": statusValue(429, 2),
    "cross-origin-redirect": refused,
    // client.fetch hands the caller the raw response of its own request; nothing ldkit builds holds the token.
    "echoed-token": statusValue(401, 1),
  },
  "export download": {
    "stall-before-headers": timeout(2),
    "stall-mid-body": timeout(1),
    "reset-mid-body": connection(1),
    "5xx": { throws: InternalServerError, sent: 2 },
    "429": { throws: RateLimitError, sent: 2 },
    "cross-origin-redirect": {
      // A download may redirect to storage on another host: followed bare — no token, no client headers.
      resolves: (value, other) => {
        expect(value).toEqual({ status: 200, text: "key\nk-1\n" });
        expect(other.requests).toHaveLength(1);
        const { headers } = other.requests[0]!;
        expect(headers.authorization).toBeUndefined();
        expect(headers["x-team"]).toBeUndefined();
        expect(headers["ld-api-version"]).toBeUndefined();
      },
      sent: 1,
    },
    "echoed-token": { throws: UnauthorizedError, sent: 1 },
  },
  iterateSegments: {
    "stall-before-headers": timeout(2),
    "stall-mid-body": timeout(2),
    "reset-mid-body": connection(2),
    "5xx": { throws: InternalServerError, sent: 2 },
    "429": { throws: RateLimitError, sent: 2 },
    "cross-origin-redirect": refused,
    "echoed-token": { throws: UnauthorizedError, sent: 1 },
  },
  bulk: {
    "stall-before-headers": timeout(1),
    "stall-mid-body": timeout(1),
    "reset-mid-body": connection(1),
    "5xx": { throws: InternalServerError, sent: 1 },
    "429": { throws: RateLimitError, sent: 2 },
    "cross-origin-redirect": refused,
    "echoed-token": { throws: UnauthorizedError, sent: 1 },
  },
};

/** The normal answers of the routes' other requests (export create and poll). */
function normal(req: SeenRequest, server: FaultServer): Answer {
  if (req.method === "POST" && req.path.endsWith("/exports")) return { status: 200, headers: { location: `${segmentPath}/exports/x-1` } };
  if (req.path.endsWith("/exports/x-1")) {
    return {
      status: 200,
      body: {
        id: "x-1",
        segmentKey: "s",
        creationTime: 1,
        status: FINAL_EXPORT_STATUSES[0],
        sizeBytes: 8,
        size: "8 B",
        initiator: {},
        _links: { self: { href: `${segmentPath}/exports/x-1` }, download: { href: `${server.baseUrl}/files/export.csv` } },
      },
    };
  }
  return { status: 200, body: { items: [], totalCount: 0 } };
}

/** Every string a caller could see of an error: message, stack, JSON, inspect, and each cause's. */
function renderings(error: unknown): string {
  const parts: string[] = [];
  for (
    let e = error as { message?: string; stack?: string; cause?: unknown } | undefined, depth = 0;
    e && depth < 6;
    e = e.cause as typeof e, depth++
  ) {
    parts.push(String(e.message), String(e.stack), JSON.stringify(e), inspect(e, { depth: 6 }));
  }
  return parts.join("\n");
}

let server: FaultServer;
let other: FaultServer;
let ctx: Ctx;
beforeAll(async () => {
  server = await startFaultServer();
  other = await startFaultServer();
  other.script = () => ({ status: 200, body: "key\nk-1\n", headers: { "content-type": "text/csv" } });
  server.redirectTo = `${other.baseUrl}/elsewhere`;
  const options = {
    apiKey: TOKEN,
    baseUrl: server.baseUrl,
    // 250 ms; the mutation run (vitest.mutation.config.ts) shortens it so each mutant's run stays short.
    timeout: Number(process.env.LDKIT_FAULT_TIMEOUT_MS ?? 250),
    headers: { "X-Team": "growth" },
    retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 },
  };
  ctx = { client: createClient(options), raw: createRawClient(options) };
});
afterAll(async () => {
  await server.close();
  await other.close();
});
beforeEach(() => {
  server.requests.length = 0;
  other.requests.length = 0;
});

describe("every route × every fault", () => {
  it("the matrix has a cell for each route and each fault", () => {
    for (const route of Object.keys(routes) as Route[]) {
      expect(Object.keys(matrix[route]).sort(), route).toEqual([...FAULTS].sort());
    }
    expect(Object.keys(matrix).sort()).toEqual(Object.keys(routes).sort());
  });

  for (const route of Object.keys(routes) as Route[]) {
    for (const fault of FAULTS) {
      it(`${route} × ${fault}`, async () => {
        const { target, run } = routes[route];
        server.script = (req) => (req.path === target ? { fault } : normal(req, server));
        const want = matrix[route][fault];
        const outcome = await run(ctx).then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        );
        const sent = server.requests.filter((r) => r.path === target).length;
        if ("throws" in want) {
          expect("error" in outcome, `${route} × ${fault} should reject`).toBe(true);
          const error = (outcome as { error: unknown }).error;
          if (route === "bulk") {
            expect(error).toBeInstanceOf(BulkUpdateError);
            expect((error as Error).cause).toBeInstanceOf(want.throws);
          } else {
            expect(error).toBeInstanceOf(want.throws);
          }
          expect(renderings(error)).not.toContain(TOKEN);
        } else {
          expect("value" in outcome, `${route} × ${fault} should resolve (${String((outcome as { error?: unknown }).error)})`).toBe(true);
          want.resolves((outcome as { value: unknown }).value, other);
        }
        expect(sent, "requests the target saw").toBe(want.sent);
        if (fault === "cross-origin-redirect" && route !== "export download") expect(other.requests).toHaveLength(0);
      });
    }
  }
});
