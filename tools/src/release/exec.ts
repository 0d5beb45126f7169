import { spawn } from "node:child_process";

/** Options of {@link run}. */
export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Milliseconds before the command is killed (SIGTERM, then SIGKILL 5 s later) and `run` rejects. */
  timeoutMs: number;
  /** Echo the command's output to this process's stderr as it arrives. */
  echo?: boolean;
}

/** What a finished command printed. */
export interface RunResult {
  stdout: string;
  stderr: string;
}

/**
 * Runs a command without a shell, bounded in time. Resolves with its output when it exits with 0;
 * rejects with the command line, the exit status and the tail of its output otherwise.
 */
export function run(cmd: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const line = [cmd, ...args].join(" ");
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (options.echo) process.stderr.write(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (options.echo) process.stderr.write(chunk);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
    }, options.timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`${line}: ${error.message}`));
    });
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0 && !timedOut) return resolve({ stdout, stderr });
      const why = timedOut ? `timed out after ${options.timeoutMs} ms` : `exited with ${code ?? signal}`;
      const tail = `${stdout}\n${stderr}`.trim().split("\n").slice(-40).join("\n");
      reject(new Error(`\`${line}\` (in ${options.cwd}) ${why}:\n${tail}`));
    });
  });
}

/** Runs `fn` and prints how long it took, as `  ✓ label (12.3 s)`. */
export async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const started = Date.now();
  console.log(`• ${label}`);
  const result = await fn();
  console.log(`  ✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}
