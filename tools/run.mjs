#!/usr/bin/env node
// Bootstrap for the README quick start: `npm run demo` and `npm test` work on a fresh Node 20
// machine with nothing else installed. It provides the pinned pnpm (from the npm registry, into
// .tmp/pnpm, without touching the global install), installs the workspace from the committed
// lockfile, then hands over to pnpm/turbo. Plain Node, no dependencies: it runs before any install.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pinned = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"))
  .packageManager.split("@")[1]
  .split("+")[0];
const localBin = path.join(root, ".tmp", "pnpm", "node_modules", ".bin");
const env = {
  ...process.env,
  PATH: `${localBin}${path.delimiter}${process.env.PATH ?? ""}`,
  TURBO_TELEMETRY_DISABLED: "1",
  DO_NOT_TRACK: "1",
  COREPACK_ENABLE_STRICT: "0",
};

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, env, stdio: "inherit", ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function pnpmVersion() {
  const result = spawnSync("pnpm", ["--version"], { cwd: root, env, encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  // The published packages run on any Node ≥ 20; developing them needs ≥ 20.19 (Redocly, pnpm).
  console.error(`Developing ldkit needs Node.js 20.19 or newer (found ${process.version}).`);
  process.exit(1);
}

if (pnpmVersion() !== pinned) {
  console.log(`> installing pnpm ${pinned} into .tmp/pnpm`);
  run("npm", ["install", "--prefix", path.join(root, ".tmp", "pnpm"), "--no-save", "--no-audit", "--no-fund", `pnpm@${pinned}`]);
  if (pnpmVersion() !== pinned) {
    console.error(`could not provide pnpm ${pinned}`);
    process.exit(1);
  }
}

if (!process.env.LDKIT_SKIP_INSTALL) {
  run("pnpm", ["install", "--frozen-lockfile", "--reporter=append-only"]);
}

const task = process.argv[2];
const rest = process.argv.slice(3);
switch (task) {
  case "demo":
    run("pnpm", ["exec", "turbo", "run", "build", "--filter=@ldkit/tools^...", "--output-logs=errors-only"]);
    run("pnpm", ["--filter", "@ldkit/tools", "run", "demo", ...rest]);
    break;
  case "test": {
    const results = ["tools", ...readdirSync(path.join(root, "packages")).map((p) => path.join("packages", p))].map((dir) =>
      path.join(root, dir, ".tmp", "vitest-results.json"),
    );
    for (const file of results) rmSync(file, { force: true });
    const status = spawnSync("pnpm", ["exec", "turbo", "run", "test", "--concurrency=2", ...rest], {
      cwd: root,
      env,
      stdio: "inherit",
    }).status;
    summarize(results);
    process.exit(status ?? 1);
    break;
  }
  case "install":
    break;
  default:
    console.error(`usage: node tools/run.mjs <demo|test|install>`);
    process.exit(2);
}

/** Prints one closing line over every package's vitest JSON report: `Tests: N passed, N failed`. */
function summarize(files) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const file of files) {
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, "utf8"));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  }
  console.log(`\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
}
