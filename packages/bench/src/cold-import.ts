import { spawnSync } from "node:child_process";
import { benchDir, log, rotate, summarize, type Summary } from "./util.js";

/**
 * Cold import: a fresh `node` process per sample that loads one client and reports how long the
 * import took (performance.now() around it), while we time the whole process from spawn to exit.
 * Contenders alternate within every round (rotated so each goes first equally often); a
 * "node only" process gives the startup floor. The OS file cache is warm (the first round is a
 * discarded warm-up); Node 20 has no on-disk compile cache, so every process parses from scratch.
 */
const contenders = [
  { id: "node", label: "node alone (no import)", format: "esm", code: "" },
  { id: "ldkit-esm", label: "ldkit — `import` (ESM)", format: "esm", code: `await import("@ldkit/client");` },
  {
    id: "official-esm",
    label: "launchdarkly-api-typescript — `import`",
    format: "esm",
    code: `await import("launchdarkly-api-typescript");`,
  },
  { id: "ldkit-cjs", label: "ldkit — `require` (CJS)", format: "cjs", code: `require("@ldkit/client");` },
  { id: "official-cjs", label: "launchdarkly-api-typescript — `require`", format: "cjs", code: `require("launchdarkly-api-typescript");` },
] as const;

export type ImportContenderId = (typeof contenders)[number]["id"];

export interface ImportRow {
  id: ImportContenderId;
  label: string;
  /** Time of the import itself, inside the process. */
  importMs: Summary;
  /** Spawn to exit of the whole process. */
  processMs: Summary;
}

export function measureColdImport(rounds: number, deadline: number): ImportRow[] {
  const samples = new Map(contenders.map((c) => [c.id, { importMs: [] as number[], processMs: [] as number[] }]));
  for (let round = 0; round <= rounds && Date.now() < deadline; round++) {
    for (const c of rotate(contenders, round)) {
      // Read the clock before touching process.stdout: its lazy getter alone costs milliseconds.
      const script = `const t0 = performance.now(); ${c.code} const ms = performance.now() - t0; process.stdout.write(String(ms));`;
      const args = c.format === "esm" ? ["--input-type=module", "-e", script] : ["--input-type=commonjs", "-e", script];
      const started = performance.now();
      const result = spawnSync(process.execPath, args, {
        cwd: benchDir,
        encoding: "utf8",
        timeout: 30_000,
        env: { ...process.env, NODE_OPTIONS: "" },
      });
      const elapsed = performance.now() - started;
      if (result.status !== 0) throw new Error(`cold import of ${c.id} failed: ${result.stderr || result.error}`);
      if (round === 0) continue; // warm-up round: fills the OS file cache
      const s = samples.get(c.id)!;
      s.importMs.push(Number(result.stdout));
      s.processMs.push(elapsed);
    }
  }
  const rows = contenders.map((c) => ({
    id: c.id,
    label: c.label,
    importMs: summarize(samples.get(c.id)!.importMs),
    processMs: summarize(samples.get(c.id)!.processMs),
  }));
  log(`cold import: ${rows[0]!.importMs.n} rounds`);
  return rows;
}
