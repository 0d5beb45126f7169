import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { writePrismView } from "./spec-view.js";

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

const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

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
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  let log = "";
  const collect = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
    if (options.verbose) process.stderr.write(chunk);
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => {
      if (ownSpecFile) rmSync(path.dirname(specFile), { recursive: true, force: true });
      resolve();
    }),
  );
  child.once("exit", () => running.delete(child));

  const baseUrl = `http://127.0.0.1:${port}`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return exited;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
  };

  const deadline = Date.now() + (options.readyTimeout ?? 60_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`Prism exited with code ${child.exitCode} before it was ready:\n${log}`);
    }
    try {
      await fetch(`${baseUrl}/__ldkit_ready`, { signal: AbortSignal.timeout(1_000) });
      return { baseUrl, pid: child.pid!, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  await stop();
  throw new Error(`Prism did not answer on ${baseUrl} within ${options.readyTimeout ?? 60_000} ms:\n${log}`);
}
