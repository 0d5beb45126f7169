import http from "node:http";
import type { AddressInfo } from "node:net";

/** The faults a {@link FaultServer} can inject into an answer. */
export const FAULTS = [
  "stall-before-headers",
  "stall-mid-body",
  "reset-mid-body",
  "5xx",
  "429",
  "cross-origin-redirect",
  "echoed-token",
] as const;
/** One injected fault. */
export type Fault = (typeof FAULTS)[number];

/** A request as the server saw it. */
export interface SeenRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** What the server does with one request: a normal answer, or a fault. */
export type Answer = { status: number; body?: unknown; headers?: Record<string, string> } | { fault: Fault };

/** A loopback HTTP server that answers from a script and injects faults; its sockets close with it. */
export interface FaultServer {
  baseUrl: string;
  requests: SeenRequest[];
  script: (req: SeenRequest) => Answer;
  /** Where `cross-origin-redirect` points (another server, so another origin). */
  redirectTo: string;
  close(): Promise<void>;
}

/** Starts a {@link FaultServer} on 127.0.0.1 and an ephemeral port. */
export async function startFaultServer(): Promise<FaultServer> {
  const sockets = new Set<import("node:net").Socket>();
  const state: FaultServer = {
    baseUrl: "",
    requests: [],
    script: () => ({ status: 200, body: {} }),
    redirectTo: "http://127.0.0.1:9/",
    close: async () => undefined,
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const seen: SeenRequest = {
        method: req.method ?? "",
        path: new URL(req.url ?? "/", "http://x").pathname,
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      };
      state.requests.push(seen);
      const answer = state.script(seen);
      if (!("fault" in answer)) {
        const payload = typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body ?? {});
        res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
        res.end(payload);
        return;
      }
      const token = String(req.headers.authorization ?? "");
      switch (answer.fault) {
        case "stall-before-headers":
          return; // never answers
        case "stall-mid-body":
          res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
          res.write('{"items":[');
          return; // never finishes
        case "reset-mid-body":
          res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
          res.write('{"items":[', () => setTimeout(() => req.socket.destroy(), 5));
          return;
        case "5xx":
          res.writeHead(503, { "content-type": "application/json" });
          res.end(JSON.stringify({ code: "service_unavailable", message: "try later" }));
          return;
        case "429":
          res.writeHead(429, { "content-type": "application/json", "retry-after": "0", "x-ratelimit-reset": String(Date.now()) });
          res.end(JSON.stringify({ code: "rate_limited", message: "slow down" }));
          return;
        case "cross-origin-redirect":
          res.writeHead(307, { location: state.redirectTo });
          res.end();
          return;
        case "echoed-token":
          res.writeHead(401, { "content-type": "application/json", "x-echo": token, "x-request-id": `req-${token}` });
          res.end(JSON.stringify({ code: "unauthorized", message: `Invalid token ${token}`, token }));
          return;
      }
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return state;
}
