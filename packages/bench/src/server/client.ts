import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { benchDir } from "../util.js";

/** A running loopback server child process. */
export interface LoopbackServer {
  baseUrl: string;
  stats<T = Record<string, unknown>>(query?: Record<string, string | number>): Promise<T>;
  reset(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts `src/server/loopback.ts` in a child `node` (127.0.0.1, free port) and waits until it listens. */
export async function startLoopbackServer(args: string[]): Promise<LoopbackServer> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join(benchDir, "src", "server", "loopback.ts"), ...args], {
    cwd: benchDir,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("loopback server did not start within 20 s")), 20_000);
    let buffered = "";
    child.stdout!.setEncoding("utf8").on("data", (d: string) => {
      buffered += d;
      const line = buffered.split("\n")[0];
      if (buffered.includes("\n") && line) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { port: number }).port);
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`loopback server exited with ${code}`));
    });
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    baseUrl,
    async stats<T>(query: Record<string, string | number> = {}) {
      const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
      const res = await fetch(`${baseUrl}/__stats?${qs}`);
      return (await res.json()) as T;
    },
    async reset() {
      await (await fetch(`${baseUrl}/__reset`, { method: "POST" })).arrayBuffer();
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.stdin!.end();
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
