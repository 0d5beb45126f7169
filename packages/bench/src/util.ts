import { spawn, type SpawnOptions } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** packages/bench */
export const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** the repository root */
export const rootDir = path.resolve(benchDir, "..", "..");

/** Median of a sample (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Linear-interpolated quantile, q in [0, 1]. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Median with its interquartile range. */
export interface Summary {
  median: number;
  p25: number;
  p75: number;
  n: number;
}

export function summarize(values: readonly number[]): Summary {
  return { median: median(values), p25: quantile(values, 0.25), p75: quantile(values, 0.75), n: values.length };
}

/** Rotates `items` by `round` so each contender goes first equally often. */
export function rotate<T>(items: readonly T[], round: number): T[] {
  const k = round % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

export function fmtMs(ms: number, digits = 1): string {
  return `${ms.toFixed(digits)} ms`;
}

export function fmtS(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function fmtBytes(bytes: number): string {
  return bytes >= 1000 ? `${(bytes / 1000).toFixed(1)} kB` : `${bytes} B`;
}

export function fmtRatio(r: number): string {
  return `${r.toFixed(2)}×`;
}

export function fmtInt(n: number): string {
  return n.toLocaleString("en-US");
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

const active = new Set<number>();
const cleanups = new Set<() => void>();

/** Registers a synchronous cleanup for an interrupted run; returns its unregister function. */
export function onInterrupt(fn: () => void): () => void {
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

/** Stops every command started by {@link run} that is still running, then runs the cleanups. */
export function stopAll(): void {
  for (const pid of active) killTree(pid);
  active.clear();
  for (const fn of cleanups) {
    try {
      fn();
    } catch (error) {
      log(`cleanup failed: ${(error as Error).message}`);
    }
  }
  cleanups.clear();
}

/** Runs a command to completion (killing its process group after `timeoutMs`), capturing its output. */
export function run(cmd: string, args: readonly string[], options: SpawnOptions & { timeoutMs: number }): Promise<RunResult> {
  const { timeoutMs, ...spawnOptions } = options;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], detached: true, ...spawnOptions });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    if (child.pid !== undefined) active.add(child.pid);
    child.stdout?.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr?.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      killTree(child.pid);
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (child.pid !== undefined) active.delete(child.pid);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started, timedOut });
    });
  });
}

/** Kills a detached child's whole process group (the child started by us, by its id). */
export function killTree(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  }
}

export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
