import http from "node:http";
import type { AddressInfo } from "node:net";

/** A request as the loopback server received it. */
export interface RecordedRequest {
  method: string;
  /** Raw path and query as sent on the wire (still percent-encoded). */
  url: string;
  path: string;
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** What the server answers; a function sees the recorded request. */
export interface ScriptedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/**
 * A fault instead of an answer: `reset` destroys the socket without a response (the request was
 * received and recorded), `hang` never answers (until the client gives up or the server closes).
 */
export interface ScriptedFault {
  fault: "reset" | "hang";
}

type Script = ScriptedResponse | ScriptedFault | ((req: RecordedRequest) => ScriptedResponse | ScriptedFault);

/** A real HTTP server on 127.0.0.1 that records every request and answers from a script. */
export interface RecordingServer {
  baseUrl: string;
  requests: RecordedRequest[];
  /** Sets the answer for the following requests. */
  respond(response: Script): void;
  close(): Promise<void>;
}

/** Starts a {@link RecordingServer} on a free loopback port (or on `port`, e.g. one just released). */
export async function startRecordingServer(port = 0): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  let script: Script = { status: 200, body: {} };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = req.url ?? "/";
      const parsed = new URL(url, "http://127.0.0.1");
      const recorded: RecordedRequest = {
        method: req.method ?? "",
        url,
        path: parsed.pathname,
        query: Object.fromEntries(parsed.searchParams),
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(recorded);
      const answer = typeof script === "function" ? script(recorded) : script;
      if ("fault" in answer) {
        if (answer.fault === "reset") req.socket.destroy();
        return;
      }
      const payload = answer.body === undefined ? "" : typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
      res.writeHead(answer.status, {
        ...(payload && typeof answer.body !== "string" ? { "content-type": "application/json" } : {}),
        ...answer.headers,
      });
      res.end(payload);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    requests,
    respond(next) {
      script = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
