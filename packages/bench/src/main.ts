/**
 * `pnpm bench` (turbo runs this after building the packages it depends on): every measurement, each
 * figure taken in this one run for every contender, printed as markdown and written to
 * `results.md` + `results.json` (and the root README's bench section) when all sections ran.
 *
 *   tsx src/main.ts [--only=size,import,overhead,typecheck,bulk,import-rss,wall,apply,emulator,evaluate] [--quick] [--write] [--no-readme]
 *
 * `--only` runs some sections and prints them without writing results (add `--write` to write anyway);
 * `--quick` takes fewer samples (a smoke run, not for committing). Exits 1 when the bulk run loses or
 * doubles a key, or when a section fails.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { measureSizes } from "./size.js";
import { measureColdImport } from "./cold-import.js";
import { measureOverhead } from "./overhead.js";
import { measureTypecheck } from "./typecheck.js";
import { measureBulk } from "./bulk.js";
import { measureImportRss } from "./import-rss.js";
import { measureWall } from "./wall.js";
import { measureEmulator, renderEmulator, type EmulatorResults } from "./emulator.js";
import { measureApply } from "./apply.js";
import { measureEvaluate, renderEvaluate, type EvaluateResult } from "./evaluate.js";
import { render, renderReadmeSection, type Results } from "./render.js";
import { syncReadme } from "./readme.js";
import { benchDir, log, stopAll } from "./util.js";

const sections = ["size", "import", "overhead", "typecheck", "bulk", "import-rss", "wall", "apply", "emulator", "evaluate"] as const;
type Section = (typeof sections)[number];

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const onlyArg = argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
const only = onlyArg ? (onlyArg.split(",") as Section[]) : [...sections];
for (const s of only) if (!sections.includes(s)) throw new Error(`unknown section ${s}; sections: ${sections.join(", ")}`);
const quick = flag("quick");
const write = (only.length === sections.length && !quick) || flag("write");

const require = createRequire(import.meta.url);
const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;

const started = performance.now();
const results: Results = {
  generatedAt: new Date().toISOString(),
  quick,
  environment: {
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    loadAverageAtStart: os.loadavg().map((x) => Number(x.toFixed(2))),
  },
  versions: {
    esbuild: version("esbuild"),
    typescript: version("typescript"),
    "launchdarkly-api-typescript": version("launchdarkly-api-typescript"),
    axios: (createRequire(require.resolve("launchdarkly-api-typescript"))("axios/package.json") as { version: string }).version,
    "openapi-fetch": version("openapi-fetch"),
  },
  errors: {},
};

async function section<T>(name: Section, fn: () => Promise<T> | T): Promise<T | undefined> {
  if (!only.includes(name)) return undefined;
  log(`${name}…`);
  const t0 = performance.now();
  try {
    const value = await fn();
    log(`${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return value;
  } catch (error) {
    results.errors[name] = (error as Error).stack ?? String(error);
    log(`${name} FAILED: ${(error as Error).message}`);
    return undefined;
  }
}

// Ctrl-C / SIGTERM / the 9.5-minute watchdog: stop every command we started (the loopback servers
// exit with us: their stdin is our pipe), put back the dist folders if a build was interrupted.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping`);
    stopAll();
    process.exit(130);
  });
}
setTimeout(() => {
  log("FAIL: the bench ran for 9.5 minutes; stopping");
  stopAll();
  process.exit(1);
}, 570_000).unref();

results.size = await section("size", () => measureSizes());
results.coldImport = await section("import", () => measureColdImport(quick ? 5 : 30, Date.now() + 120_000));
results.overhead = await section("overhead", () => (quick ? measureOverhead(200, 50, 30_000) : measureOverhead(1500, 200, 90_000)));
results.typecheck = await section("typecheck", () => measureTypecheck(quick ? 1 : 5));
results.bulk = await section("bulk", () => measureBulk(100_000, 10, 1000, quick ? 1 : 2));
results.importRss = await section("import-rss", () => measureImportRss(5_000_000));
results.wall = await section("wall", () => measureWall());
const emulator = await section("emulator", () => measureEmulator({ durationMs: quick ? 1000 : 3000, concurrency: 4, keys: 1_000_000 }));
(results as Results & { emulator?: EmulatorResults }).emulator = emulator;
results.apply = await section("apply", () => measureApply(quick ? 5 : 30));
const evaluate = await section("evaluate", () => measureEvaluate(quick ? 200 : 1000, quick ? 3 : 30));
(results as Results & { evaluate?: EvaluateResult }).evaluate = evaluate;
results.environment.loadAverageAtEnd = os.loadavg().map((x) => Number(x.toFixed(2)));
results.totalMs = performance.now() - started;

const markdown =
  render(results) + (emulator ? `\n${renderEmulator(emulator)}\n` : "") + (evaluate ? `\n${renderEvaluate(evaluate)}\n` : "");
process.stdout.write(`\n${markdown}\n`);
if (write) {
  writeFileSync(path.join(benchDir, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(benchDir, "results.md"), markdown);
  log("wrote packages/bench/results.md and results.json");
  if (!flag("no-readme")) log(syncReadme(renderReadmeSection(results), { appendIfMissing: false }));
}

const bulkFailed = results.bulk !== undefined && !results.bulk.ok;
if (bulkFailed) log("FAIL: the bulk run lost, doubled or invented keys");
const importRssFailed = results.importRss !== undefined && !results.importRss.ok;
if (importRssFailed) log("FAIL: the big segment import did not upload the whole file or did not complete");
const failed = Object.keys(results.errors);
if (failed.length) log(`FAIL: sections that errored: ${failed.join(", ")}`);
const wallFailed = results.wall?.some((s) => !s.ok) ?? false;
if (wallFailed) log("FAIL: a timed repo command failed (see the wall-time table)");
process.exitCode = bulkFailed || importRssFailed || failed.length || wallFailed ? 1 : 0;
