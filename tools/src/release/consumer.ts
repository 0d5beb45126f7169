import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "./exec.js";

/** The consumer project's own toolchain, pinned like the workspace's. */
export const CONSUMER_DEV_DEPENDENCIES = { typescript: "5.9.3", "@types/node": "20.19.43" } as const;

/** What both consumer scripts must print against the Prism mock (the spec's examples). */
export const EXPECTED_OUTPUT = {
  builder: ["addIncludedTargets", "addRule"],
  namespace: "addTags",
  get: ["beta-users", 7, 2],
  patch: ["beta-users", 7],
  jsonPatch: "beta-users",
  list: ["beta-users", "enterprise-devices"],
  notFound: "NotFoundError 404",
  engine: { applied: 2, member: true, reason: "included", entering: ["org-acme"], emulated: ["consumer", 2, true] },
} as const;

const fixtureDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "consumer");

/**
 * Creates a consumer project in `dir` (outside the workspace), installs `specs` (tarball paths or
 * `name@version`) with npm plus the pinned TypeScript and @types/node (`options.npmrc` becomes the
 * project's .npmrc, e.g. a scoped registry), and type-checks the consumer
 * scripts in strict mode under moduleResolution node16 (emitting out/main.mjs and out/main.cjs)
 * and bundler.
 */
export async function prepareConsumer(
  dir: string,
  specs: readonly string[],
  env: NodeJS.ProcessEnv,
  options: { npmrc?: string } = {},
): Promise<void> {
  mkdirSync(path.join(dir, "src"), { recursive: true });
  if (options.npmrc !== undefined) writeFileSync(path.join(dir, ".npmrc"), options.npmrc);
  writeFileSync(
    path.join(dir, "package.json"),
    `${JSON.stringify({ name: "ldkit-consumer", version: "0.0.0", private: true, type: "module" }, null, 2)}\n`,
  );
  for (const file of ["main.mts", "main.cts", "bundler.ts"]) copyFileSync(path.join(fixtureDir, file), path.join(dir, "src", file));
  for (const file of ["tsconfig.node16.json", "tsconfig.bundler.json"]) copyFileSync(path.join(fixtureDir, file), path.join(dir, file));
  const common = ["--no-audit", "--no-fund", "--save-exact", "--loglevel=error"];
  await run("npm", ["install", ...common, ...specs], { cwd: dir, env, timeoutMs: 300_000 });
  const devDeps = Object.entries(CONSUMER_DEV_DEPENDENCIES).map(([name, version]) => `${name}@${version}`);
  await run("npm", ["install", "--save-dev", ...common, ...devDeps], { cwd: dir, env, timeoutMs: 300_000 });
  const tsc = path.join(dir, "node_modules", "typescript", "bin", "tsc");
  await run(process.execPath, [tsc, "-p", "tsconfig.node16.json"], { cwd: dir, env, timeoutMs: 180_000 });
  await run(process.execPath, [tsc, "-p", "tsconfig.bundler.json"], { cwd: dir, env, timeoutMs: 180_000 });
}

/** Runs the compiled ESM and CJS consumer scripts against `baseUrl` and checks what they print. */
export async function runConsumer(dir: string, baseUrl: string, env: NodeJS.ProcessEnv): Promise<Record<"esm" | "cjs", unknown>> {
  const outputs = {} as Record<"esm" | "cjs", unknown>;
  for (const [format, file] of [
    ["esm", "out/main.mjs"],
    ["cjs", "out/main.cjs"],
  ] as const) {
    const { stdout } = await run(process.execPath, [file, baseUrl], { cwd: dir, env, timeoutMs: 60_000 });
    const lastLine = stdout.trim().split("\n").at(-1) ?? "";
    const output = JSON.parse(lastLine) as Record<string, unknown>;
    const want = { format, ...EXPECTED_OUTPUT };
    if (JSON.stringify(output) !== JSON.stringify(want)) {
      throw new Error(`consumer ${file} printed\n  ${JSON.stringify(output)}\nwant\n  ${JSON.stringify(want)}`);
    }
    outputs[format] = output;
  }
  return outputs;
}

/** The versions of `names` installed in the consumer's node_modules. */
export function installedVersions(dir: string, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    names.map((name) => {
      const pkg = JSON.parse(readFileSync(path.join(dir, "node_modules", ...name.split("/"), "package.json"), "utf8")) as {
        version: string;
      };
      return [name, pkg.version];
    }),
  );
}
