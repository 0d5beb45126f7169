import { readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { writePrismView } from "./spec-view.js";
import { startService } from "../process/service.js";

/** A running Prism mock server. */
export interface PrismServer {
  /** `http://127.0.0.1:<port>` */
  baseUrl: string;
  /** Process id of the Prism process. */
  pid: number;
  /** Stops Prism (SIGTERM, then SIGKILL after 5 s) and waits for it to exit. Idempotent. */
  stop(): Promise<void>;
}

/** Options of {@link startPrism}. */
export interface StartPrismOptions {
  /** Port on 127.0.0.1; a free one is picked when omitted. */
  port?: number;
  /** Generate responses from the schemas (json-schema-faker) instead of serving the examples. */
  dynamic?: boolean;
  /** Seed for repeatable dynamic responses. */
  seed?: number;
  /** Spec to serve; defaults to the Prism view of openapi/ldkit.yaml. */
  specFile?: string;
  /** Milliseconds to wait for Prism to answer (default 60 000). */
  readyTimeout?: number;
  /** Forward Prism's log to this process's stderr. */
  verbose?: boolean;
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function prismBin(): string {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve("@stoplight/prism-cli/package.json");
  const bin = (JSON.parse(readFileSync(pkgFile, "utf8")) as { bin: Record<string, string> | string }).bin;
  return path.join(path.dirname(pkgFile), typeof bin === "string" ? bin : bin.prism!);
}

/**
 * Starts the pinned Prism on 127.0.0.1 from the spec, waits until it answers HTTP, and returns a
 * handle that stops it by pid. The process is also killed if this process exits.
 * @example
 * const prism = await startPrism();
 * try { … fetch(`${prism.baseUrl}/api/v2/…`) … } finally { await prism.stop(); }
 */
export async function startPrism(options: StartPrismOptions = {}): Promise<PrismServer> {
  const port = options.port ?? (await freePort());
  const ownSpecFile = options.specFile === undefined;
  const specFile = options.specFile ?? (await writePrismView());
  const args = [prismBin(), "mock", specFile, "-h", "127.0.0.1", "-p", String(port), "--multiprocess=false"];
  if (options.dynamic) {
    args.push("-d", "--json-schema-faker-fillProperties=false");
    if (options.seed !== undefined) args.push("--seed", String(options.seed));
  }
  const baseUrl = `http://127.0.0.1:${port}`;
  const service = await startService({
    name: "Prism",
    args,
    verbose: options.verbose,
    readyTimeoutMs: options.readyTimeout,
    onExit: () => {
      if (ownSpecFile) rmSync(path.dirname(specFile), { recursive: true, force: true });
    },
    ready: async () => {
      await fetch(`${baseUrl}/__ldkit_ready`, { signal: AbortSignal.timeout(1_000) });
      return true;
    },
  });
  return { baseUrl, pid: service.pid, stop: service.stop };
}
