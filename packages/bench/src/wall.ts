import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { log, onInterrupt, rootDir, run, type RunResult } from "./util.js";

/**
 * Wall times of repo commands, each run once from the repository root (these take tens of seconds;
 * the spread between two runs is in the README of this package):
 * - the contract suite, `pnpm --filter @ldkit/contract-tests test` (Prism mock, vitest), skipped with
 *   a note while that package has no test files;
 * - generate + build, cold: `pnpm generate`, then `turbo run build --force` (turbo's cache ignored);
 * - generate + build, cached: the same again without `--force` (turbo replays the builds).
 * The builds rewrite `packages/<name>/dist`; the dist folders are snapshotted first and put back if
 * a build fails, so a failed run never leaves the workspace without built packages.
 */
export interface WallStep {
  id: "contract" | "generate-cold" | "build-cold" | "generate-cached" | "build-cached";
  command: string;
  ms?: number;
  ok: boolean;
  note?: string;
}

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1", FORCE_COLOR: "0", NO_COLOR: "1" };

async function step(id: WallStep["id"], command: string, timeoutMs: number): Promise<WallStep> {
  const [cmd, ...args] = command.split(" ");
  let result: RunResult;
  try {
    result = await run(cmd!, args, { cwd: rootDir, env, timeoutMs });
  } catch (error) {
    return { id, command, ok: false, note: `could not start: ${(error as Error).message}` };
  }
  const ok = result.code === 0 && !result.timedOut;
  log(`wall ${id}: ${(result.ms / 1000).toFixed(1)} s${ok ? "" : ` FAILED (exit ${result.code}${result.timedOut ? ", timed out" : ""})`}`);
  const tail = ok
    ? undefined
    : `${result.timedOut ? `timed out after ${timeoutMs / 1000} s` : `exit ${result.code}`}: ${lastLines(result.stdout + result.stderr)}`;
  if (!ok) process.stderr.write(`${result.stdout}\n${result.stderr}\n`);
  return { id, command, ms: result.ms, ok, ...(tail ? { note: tail } : {}) };
}

function lastLines(text: string): string {
  return text.trim().split("\n").slice(-3).join(" ⏎ ").slice(0, 300);
}

function hasContractTests(): boolean {
  const dir = path.join(rootDir, "packages", "contract-tests");
  if (!existsSync(path.join(dir, "package.json"))) return false;
  const walk = (d: string): boolean =>
    existsSync(d) &&
    readdirSync(d, { withFileTypes: true }).some((e) =>
      e.isDirectory() ? e.name !== "node_modules" && walk(path.join(d, e.name)) : /\.test\.[cm]?[jt]s$/.test(e.name),
    );
  return walk(path.join(dir, "test")) || walk(path.join(dir, "src"));
}

export async function measureWall(): Promise<WallStep[]> {
  const steps: WallStep[] = [];
  const snapshot = snapshotDists();
  const unregister = onInterrupt(() => {
    snapshot.restore();
    snapshot.discard();
  });
  try {
    await runSteps(steps);
  } finally {
    unregister();
    if (steps.some((s) => !s.ok && s.id.startsWith("build"))) {
      snapshot.restore();
      log("wall: a build failed; restored the dist folders from before the run");
    }
    snapshot.discard();
  }
  return steps;
}

async function runSteps(steps: WallStep[]): Promise<void> {
  if (hasContractTests()) steps.push(await step("contract", "pnpm --filter @ldkit/contract-tests test", 300_000));
  else
    steps.push({
      id: "contract",
      command: "pnpm --filter @ldkit/contract-tests test",
      ok: true,
      note: "skipped: @ldkit/contract-tests has no test files yet",
    });
  steps.push(await step("generate-cold", "pnpm generate", 180_000));
  steps.push(await step("build-cold", "pnpm exec turbo run build --force --continue --output-logs=errors-only", 300_000));
  steps.push(await step("generate-cached", "pnpm generate", 180_000));
  steps.push(await step("build-cached", "pnpm exec turbo run build --continue --output-logs=errors-only", 300_000));
}

function snapshotDists(): { restore(): void; discard(): void } {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "ldkit-bench-dist-"));
  const packages = readdirSync(path.join(rootDir, "packages")).filter((name) => existsSync(path.join(rootDir, "packages", name, "dist")));
  for (const name of packages) cpSync(path.join(rootDir, "packages", name, "dist"), path.join(tmp, name), { recursive: true });
  return {
    restore() {
      for (const name of packages) {
        const dist = path.join(rootDir, "packages", name, "dist");
        rmSync(dist, { recursive: true, force: true });
        cpSync(path.join(tmp, name), dist, { recursive: true });
      }
    },
    discard() {
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
