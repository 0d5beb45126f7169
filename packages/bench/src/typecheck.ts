import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { ldkitConsumer, officialConsumer } from "./consumers.js";
import { benchDir, log, rotate, run, summarize, type Summary } from "./util.js";

/**
 * Type-check cost: a consumer file calling all 23 operations, per client, compiled by
 * `tsc --extendedDiagnostics` (TypeScript 5.9.3, strict, moduleResolution bundler,
 * skipLibCheck true as in most apps, lib es2022 + dom, no @types) in its own scratch directory
 * outside the repo whose node_modules links only that client. Contenders alternate over rounds;
 * counts (instantiations, types) are deterministic, times are medians.
 */
const require = createRequire(import.meta.url);
const tscPath = path.join(path.dirname(require.resolve("typescript/package.json")), "bin", "tsc");

const contenders = [
  { id: "ldkit", label: "ldkit", source: ldkitConsumer, links: ["@ldkit/client"] },
  { id: "official", label: "launchdarkly-api-typescript", source: officialConsumer, links: ["launchdarkly-api-typescript"] },
] as const;

export interface TypecheckRow {
  id: string;
  label: string;
  instantiations: number;
  types: number;
  files: number;
  linesOfDefinitions: number;
  memoryKB: number;
  checkMs: Summary;
  totalMs: Summary;
}

export async function measureTypecheck(rounds: number): Promise<{ rows: TypecheckRow[]; typescript: string }> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "ldkit-bench-tsc-"));
  try {
    for (const c of contenders) {
      const dir = path.join(scratch, c.id);
      mkdirSync(path.join(dir, "node_modules", "@ldkit"), { recursive: true });
      for (const name of c.links)
        symlinkSync(realpathSync(path.join(benchDir, "node_modules", name)), path.join(dir, "node_modules", name), "dir");
      writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: `bench-consumer-${c.id}`, private: true, type: "module" }));
      writeFileSync(
        path.join(dir, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            target: "es2022",
            module: "esnext",
            moduleResolution: "bundler",
            lib: ["es2022", "dom"],
            types: [],
            noEmit: true,
            skipLibCheck: true,
          },
          files: ["consumer.ts"],
        }),
      );
      writeFileSync(path.join(dir, "consumer.ts"), c.source());
    }
    const samples = new Map(contenders.map((c) => [c.id, [] as Record<string, number>[]]));
    for (let round = 0; round < rounds; round++) {
      for (const c of rotate(contenders, round)) {
        const result = await run(process.execPath, [tscPath, "-p", "tsconfig.json", "--extendedDiagnostics"], {
          cwd: path.join(scratch, c.id),
          timeoutMs: 120_000,
        });
        if (result.code !== 0) throw new Error(`tsc failed for the ${c.id} consumer:\n${result.stdout}\n${result.stderr}`);
        samples.get(c.id)!.push(parseDiagnostics(result.stdout));
      }
    }
    log(`typecheck: ${rounds} rounds`);
    const typescript = (require("typescript/package.json") as { version: string }).version;
    const rows = contenders.map((c) => {
      const s = samples.get(c.id)!;
      const first = s[0]!;
      return {
        id: c.id,
        label: c.label,
        instantiations: first.Instantiations!,
        types: first.Types!,
        files: first.Files!,
        linesOfDefinitions: first["Lines of Definitions"]!,
        memoryKB: summarize(s.map((x) => x["Memory used"]!)).median,
        checkMs: summarize(s.map((x) => x["Check time"]!)),
        totalMs: summarize(s.map((x) => x["Total time"]!)),
      };
    });
    return { rows, typescript };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** `Check time:   0.42s` → { "Check time": 420 }; `Memory used: 123K` → KB; counts as numbers. */
export function parseDiagnostics(stdout: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of stdout.split("\n")) {
    const m = /^([A-Za-z][A-Za-z /]+?):\s+([\d.]+)(s|K)?\s*$/.exec(line.trim());
    if (!m) continue;
    const value = Number(m[2]);
    out[m[1]!] = m[3] === "s" ? value * 1000 : value;
  }
  return out;
}
