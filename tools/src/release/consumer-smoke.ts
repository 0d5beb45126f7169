/**
 * `pnpm gates:consumer`: the built packages as a consumer outside the workspace gets them. Packs each
 * public package with pnpm (which rewrites `workspace:*`), installs the tarballs with npm into a fresh
 * project in a temp dir, type-checks a script that uses both packages (strict; moduleResolution
 * node16 for an ESM and a CJS file, and bundler), then runs the ESM `import` and the CJS `require`
 * builds against a Prism mock of the spec. Also checks the published .d.ts refer only to dependencies.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { startPrismIn } from "./prism.js";
import { installedVersions, prepareConsumer, runConsumer } from "./consumer.js";
import { dtsImportProblems } from "./dts-imports.js";
import { run, timed } from "./exec.js";
import { publicPackages, quietEnv, tempDir } from "./workspace.js";

async function main(): Promise<void> {
  const packages = publicPackages();
  for (const pkg of packages) {
    if (!existsSync(path.join(pkg.dir, "dist"))) throw new Error(`${pkg.name} is not built (run pnpm build)`);
  }
  const problems = packages.flatMap(dtsImportProblems);
  if (problems.length > 0) throw new Error(`published declaration files refer to undeclared packages:\n  ${problems.join("\n  ")}`);
  console.log(`✓ declaration files of ${packages.map((p) => p.name).join(", ")} refer only to their dependencies`);

  const env = quietEnv();
  const tmp = tempDir("ldkit-consumer-smoke");
  try {
    const tarballs = path.join(tmp.dir, "tarballs");
    await timed("pack the public packages (pnpm pack)", async () => {
      for (const pkg of packages) await run("pnpm", ["pack", "--pack-destination", tarballs], { cwd: pkg.dir, env, timeoutMs: 120_000 });
    });
    const specs = readdirSync(tarballs).map((f) => path.join(tarballs, f));
    const consumer = path.join(tmp.dir, "consumer");
    await timed("install the tarballs into a fresh project; tsc strict (node16 ESM + CJS, bundler)", () =>
      prepareConsumer(consumer, specs, env),
    );
    const prism = await startPrismIn(tmp.dir);
    try {
      await timed(`run the ESM import and the CJS require builds against Prism (${prism.baseUrl})`, () =>
        runConsumer(consumer, prism.baseUrl, env),
      );
    } finally {
      await prism.stop();
    }
    const versions = installedVersions(
      consumer,
      packages.map((p) => p.name),
    );
    console.log(
      `✓ consumer smoke passed with ${Object.entries(versions)
        .map(([n, v]) => `${n}@${v}`)
        .join(", ")}`,
    );
  } finally {
    tmp.cleanup();
  }
}

await main();
