import type { AddressInfo } from "node:net";

/**
 * Options of `emulator.listen()`.
 * @example
 * const server = await emulator.listen({ port: 0 }); // an ephemeral port on 127.0.0.1
 */
export interface ListenOptions {
  /** Port (default 0: an ephemeral port). */
  port?: number;
  /** Interface (default `127.0.0.1`: loopback only). */
  host?: string;
}

/**
 * A running HTTP server of the emulator.
 * @example
 * const { url, close } = await emulator.listen();
 * const client = createClient({ apiKey: "any", baseUrl: url });
 * await close();
 */
export interface EmulatorServer {
  /** Base URL, e.g. `http://127.0.0.1:8765`. */
  readonly url: string;
  /** The port bound. */
  readonly port: number;
  /** Stops listening and closes every open connection. */
  close(): Promise<void>;
}

/**
 * Serves a fetch handler on a Node.js HTTP server (`@hono/node-server`), loaded lazily so the
 * in-process emulator runs where `node:http` does not exist.
 * @example
 * const server = await serveFetch(emulatorFetch, { port: 0 });
 */
export async function serveFetch(
  handler: (request: Request, env: { incoming: unknown; outgoing: unknown }) => Promise<Response>,
  options: ListenOptions = {},
): Promise<EmulatorServer> {
  const [{ createServer }, { getRequestListener }] = await Promise.all([import("node:http"), import("@hono/node-server")]);
  const host = options.host ?? "127.0.0.1";
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new TypeError("port must be an integer between 0 and 65535");
  const listener = getRequestListener((request, env) => handler(request, env as { incoming: unknown; outgoing: unknown }));
  const server = createServer((req, res) => {
    void Promise.resolve(listener(req, res)).catch(() => res.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${bound}`,
    port: bound,
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
