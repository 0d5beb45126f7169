/**
 * The loopback server of the per-request and bulk benchmarks, run as a child process (so its work
 * does not share the event loop of the clients being timed). Listens on 127.0.0.1 only, on a free
 * port that it prints as the first line of stdout (`{"port":N}`), and exits when stdin closes or on
 * SIGTERM, so it can never outlive the bench.
 *
 *   --mode=echo                    GET/PATCH a segment: answers a fixed segment JSON; records the
 *                                  Content-Type of each PATCH, per segment key (one key per contender)
 *   --mode=ratelimit --limit=10 --window=1000
 *                                  POST big segment targets, fixed windows of `window` ms starting at
 *                                  the first request, `limit` requests each; over the limit: 429 with
 *                                  `X-Ratelimit-Reset` (epoch ms of the window's end) and no Retry-After.
 *                                  Records every key of every accepted request.
 *
 * Control endpoints (never rate limited): `GET /__stats[?prefix=…&count=…]`, `POST /__reset`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=") as [string, string]));
const mode = args.get("mode") ?? "echo";
const limit = Number(args.get("limit") ?? 10);
const windowMs = Number(args.get("window") ?? 1000);

const segment = JSON.stringify({
  name: "Beta testers",
  description: "Customers in the beta programme",
  tags: ["beta", "bench"],
  creationDate: 1700000000000,
  lastModifiedDate: 1700000000000,
  key: "beta",
  included: ["user-1", "user-2", "user-3"],
  excluded: [],
  includedContexts: [{ contextKind: "org", values: ["org-acme", "org-globex"] }],
  excludedContexts: [],
  _links: { self: { href: "/api/v2/segments/default/production/beta", type: "application/json" } },
  rules: [
    {
      _id: "34b2c1a0-0000-4000-8000-000000000001",
      clauses: [{ attribute: "email", op: "endsWith", values: ["@example.com"], negate: false, contextKind: "user" }],
      rolloutContextKind: "user",
    },
  ],
  version: 7,
  deleted: false,
  _access: { denied: [], allowed: [] },
  generation: 3,
  unbounded: false,
  _flags: [],
});

// echo mode: content types of PATCH requests, by segment key
const contentTypes: Record<string, Record<string, number>> = {};
// ratelimit mode
let origin: number | undefined;
let windowIndex = -1;
let windowCount = 0;
let accepted = 0;
let rejected = 0;
let inflight = 0;
let maxInflight = 0;
let maxKeysPerRequest = 0;
let firstAt = 0;
let lastAcceptedAt = 0;
const windowsUsed = new Set<number>();
const keys = new Map<string, number>();

function reset(): void {
  origin = undefined;
  windowIndex = -1;
  windowCount = 0;
  accepted = rejected = inflight = maxInflight = maxKeysPerRequest = firstAt = lastAcceptedAt = 0;
  windowsUsed.clear();
  keys.clear();
  for (const k of Object.keys(contentTypes)) delete contentTypes[k];
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (d: string) => (body += d));
    req.on("end", () => resolve(body));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, body?: string, headers: Record<string, string> = {}): void {
  res.writeHead(
    status,
    body === undefined ? headers : { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)), ...headers },
  );
  res.end(body);
}

function stats(url: URL): unknown {
  const prefix = url.searchParams.get("prefix");
  const count = Number(url.searchParams.get("count") ?? 0);
  let lost = 0;
  let doubled = 0;
  let unexpected = 0;
  if (prefix !== null) {
    for (let i = 0; i < count; i++) if (!keys.has(`${prefix}${i}`)) lost++;
    for (const [key, n] of keys) {
      if (n > 1) doubled += n - 1;
      const i = key.startsWith(prefix) ? Number(key.slice(prefix.length)) : Number.NaN;
      if (!(Number.isInteger(i) && i >= 0 && i < count)) unexpected++;
    }
  }
  return {
    contentTypes,
    accepted,
    rejected,
    maxInflight,
    maxKeysPerRequest,
    distinctKeys: keys.size,
    lost,
    doubled,
    unexpected,
    windowsUsed: windowsUsed.size,
    firstAt,
    lastAcceptedAt,
  };
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/__stats") return send(res, 200, JSON.stringify(stats(url)));
    if (url.pathname === "/__reset") {
      await readBody(req);
      reset();
      return send(res, 204);
    }
    const parts = url.pathname.split("/").filter(Boolean); // api v2 segments p e s [contexts|users]
    if (mode === "echo") {
      if (parts[2] !== "segments" || parts.length !== 6)
        return send(res, 404, JSON.stringify({ code: "not_found", message: "no such route" }));
      if (req.method === "GET") {
        await readBody(req);
        return send(res, 200, segment);
      }
      if (req.method === "PATCH") {
        const body = await readBody(req);
        JSON.parse(body);
        const byType = (contentTypes[decodeURIComponent(parts[5]!)] ??= {});
        const ct = req.headers["content-type"] ?? "(none)";
        byType[ct] = (byType[ct] ?? 0) + 1;
        return send(res, 200, segment);
      }
      return send(res, 405, JSON.stringify({ code: "method_not_allowed", message: "GET or PATCH" }));
    }

    // ratelimit mode: POST /api/v2/segments/{p}/{e}/{s}/contexts|users
    if (req.method !== "POST" || parts[2] !== "segments" || (parts[6] !== "contexts" && parts[6] !== "users")) {
      return send(res, 404, JSON.stringify({ code: "not_found", message: "no such route" }));
    }
    const now = Date.now();
    origin ??= now;
    if (firstAt === 0) firstAt = now;
    const index = Math.floor((now - origin) / windowMs);
    if (index !== windowIndex) {
      windowIndex = index;
      windowCount = 0;
    }
    const windowEnd = origin + (index + 1) * windowMs;
    if (windowCount >= limit) {
      rejected++;
      await readBody(req);
      return send(res, 429, JSON.stringify({ code: "rate_limited", message: "You've exceeded the API rate limit. Try again later." }), {
        "x-ratelimit-reset": String(windowEnd),
        "x-ratelimit-route-remaining": "0",
      });
    }
    windowCount++;
    windowsUsed.add(index);
    inflight++;
    maxInflight = Math.max(maxInflight, inflight);
    try {
      const body = JSON.parse(await readBody(req)) as Record<string, { add?: string[]; remove?: string[] }>;
      for (const list of Object.values(body)) {
        const added = list.add ?? [];
        maxKeysPerRequest = Math.max(maxKeysPerRequest, added.length);
        for (const key of added) keys.set(key, (keys.get(key) ?? 0) + 1);
      }
      accepted++;
      lastAcceptedAt = Date.now();
    } finally {
      inflight--;
    }
    return send(res, 204, undefined, {
      "x-ratelimit-route-remaining": String(limit - windowCount),
      "x-ratelimit-reset": String(windowEnd),
    });
  } catch (error) {
    if (!res.headersSent) send(res, 400, JSON.stringify({ code: "invalid_request", message: String(error) }));
  }
});

server.keepAliveTimeout = 30_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`${JSON.stringify({ port: typeof address === "object" && address ? address.port : 0 })}\n`);
});
const stop = (): void => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
process.stdin.on("end", stop);
process.stdin.on("close", stop);
process.stdin.resume();
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
