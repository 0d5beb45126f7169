import { spawn, type ChildProcess } from "node:child_process";

/** A background process started by {@link startService}. */
export interface Service {
  pid: number;
  /** Stops the process (SIGTERM, then SIGKILL after 5 s) and waits for it to exit. Idempotent. */
  stop(): Promise<void>;
  /** The last 20 000 characters of its stdout and stderr. */
  log(): string;
}

/** What {@link startService} runs and how it knows the process is ready. */
export interface ServiceOptions {
  /** Name for error messages, e.g. "Prism". */
  name: string;
  /** Arguments to `node` (the script first). */
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Resolves true once the service answers; polled every 150 ms until `readyTimeoutMs`. */
  ready: () => Promise<boolean>;
  readyTimeoutMs?: number;
  /** Forward the process's output to this process's stderr. */
  verbose?: boolean;
  /** Runs once the process has exited (clean up its files). */
  onExit?: () => void;
}

const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/**
 * Starts a Node script as a child process, waits (bounded) until `ready()` says it answers, and
 * returns a handle that stops it by pid. The child is killed if this process exits first.
 * @example
 * const service = await startService({ name: "Prism", args: [bin, "mock", spec], ready: () => ping(url) });
 * try { … } finally { await service.stop(); }
 */
export async function startService(options: ServiceOptions): Promise<Service> {
  const child = spawn(process.execPath, options.args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
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
      running.delete(child);
      options.onExit?.();
      resolve();
    }),
  );
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
  const service: Service = { pid: child.pid!, stop, log: () => log };

  const timeout = options.readyTimeoutMs ?? 60_000;
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${options.name} exited with code ${child.exitCode} before it was ready:\n${log}`);
    if (await options.ready().catch(() => false)) return service;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  await stop();
  throw new Error(`${options.name} was not ready within ${timeout} ms:\n${log}`);
}
