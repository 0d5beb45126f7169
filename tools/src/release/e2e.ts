/**
 * `pnpm release:e2e`: the whole release, end to end, against a throwaway local registry.
 *
 *  1. installs the pinned Verdaccio (npm ci, into a temp dir) and starts it on 127.0.0.1 with no
 *     uplinks and its storage in the temp dir; creates a user through the registry's adduser
 *     endpoint and writes the token only into a temporary user-level npmrc (NPM_CONFIG_USERCONFIG);
 *  2. copies the working tree (tracked + untracked, no node_modules) to a scratch dir, installs it
 *     frozen, runs `changeset version` there and checks the new versions and CHANGELOGs;
 *  3. builds and publishes every public package with `pnpm publish` (which rewrites `workspace:*`);
 *  4. in a fresh project outside the workspace installs the packages at the new version (scoped
 *     `@ldkit:registry` → Verdaccio, everything else from the normal registry), type-checks a script
 *     using both (strict, node16 and bundler) and runs its ESM and CJS builds against Prism.
 * Verdaccio is stopped by pid and the temp dirs are removed, also on failure.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startPrismIn } from "./prism.js";
import { installedVersions, prepareConsumer, runConsumer } from "./consumer.js";
import { run, timed } from "./exec.js";
import { copyWorkingTree } from "./scratch.js";
import { addUser, installVerdaccio, publishNpmrc, startVerdaccio, VERDACCIO_VERSION, type Verdaccio } from "./verdaccio.js";
import { publicPackages, quietEnv, repoRoot, tempDir } from "./workspace.js";

/** The whole run is abandoned after this long. */
const OVERALL_TIMEOUT_MS = 20 * 60_000;

async function main(): Promise<void> {
  const tmp = tempDir("ldkit-release-e2e");
  let verdaccio: Verdaccio | undefined;
  const cleanup = async () => {
    await verdaccio?.stop();
    tmp.cleanup();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping Verdaccio and removing ${tmp.dir}`);
    void cleanup().finally(() => process.exit(1));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const watchdog = setTimeout(() => onSignal("SIGALRM" as NodeJS.Signals), OVERALL_TIMEOUT_MS);
  watchdog.unref();

  const env = quietEnv();
  try {
    // 1. the registry
    const registryDir = path.join(tmp.dir, "verdaccio");
    await timed(`install Verdaccio ${VERDACCIO_VERSION} into the temp dir (npm ci)`, () => installVerdaccio(registryDir, env));
    verdaccio = await timed("start Verdaccio on 127.0.0.1", () => startVerdaccio(registryDir, env));
    console.log(`  registry ${verdaccio.url} (pid ${verdaccio.pid}, no uplinks)`);
    const token = await addUser(verdaccio.url, "ldkit-release", randomBytes(18).toString("base64url"));
    const npmrc = path.join(tmp.dir, "npmrc");
    writeFileSync(npmrc, publishNpmrc(verdaccio.url, token), { mode: 0o600 });
    const publishEnv = quietEnv({ NPM_CONFIG_USERCONFIG: npmrc, npm_config_userconfig: npmrc });
    const { stdout: whoami } = await run("npm", ["whoami", "--registry", verdaccio.url], {
      cwd: tmp.dir,
      env: publishEnv,
      timeoutMs: 30_000,
    });
    console.log(`  user ${whoami.trim()} created; its token is only in ${npmrc}`);

    // 2. a scratch copy, versioned
    const scratch = path.join(tmp.dir, "repo");
    const copied = await timed("copy the working tree to a scratch dir", () => copyWorkingTree(repoRoot, scratch));
    console.log(`  ${copied} files in ${scratch}`);
    await timed("pnpm install --frozen-lockfile (scratch)", () =>
      run("pnpm", ["install", "--frozen-lockfile", "--prefer-offline", "--reporter=append-only"], {
        cwd: scratch,
        env,
        timeoutMs: 600_000,
      }),
    );
    const before = publicPackages(scratch);
    const pending = readdirSync(path.join(scratch, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md");
    if (pending.length === 0) throw new Error("no pending changesets: nothing to release");
    await timed("pnpm changeset version (scratch)", () => run("pnpm", ["changeset", "version"], { cwd: scratch, env, timeoutMs: 120_000 }));
    const packages = publicPackages(scratch);
    for (const pkg of packages) {
      const was = before.find((p) => p.name === pkg.name)?.version;
      if (pkg.version === was) throw new Error(`${pkg.name} was not versioned (still ${was})`);
      const changelog = path.join(pkg.dir, "CHANGELOG.md");
      if (!existsSync(changelog)) throw new Error(`changeset version wrote no ${path.relative(scratch, changelog)}`);
      const text = readFileSync(changelog, "utf8");
      if (!text.includes(`## ${pkg.version}`))
        throw new Error(`${path.relative(scratch, changelog)} has no "## ${pkg.version}" section:\n${text}`);
      console.log(`  ${pkg.name}: ${was} → ${pkg.version}, CHANGELOG.md:\n${indent(text.trim(), "    | ")}`);
    }
    const left = readdirSync(path.join(scratch, ".changeset")).filter((f) => pending.includes(f));
    if (left.length > 0) throw new Error(`changeset version left consumed changesets behind: ${left.join(", ")}`);

    // 3. build and publish
    await timed("build the public packages (scratch)", () =>
      run("pnpm", ["exec", "turbo", "run", "build", ...packages.map((p) => `--filter=${p.name}`), "--output-logs=errors-only"], {
        cwd: scratch,
        env,
        timeoutMs: 600_000,
      }),
    );
    for (const pkg of packages) {
      await timed(`pnpm publish ${pkg.name}@${pkg.version} → Verdaccio`, () =>
        run("pnpm", ["publish", "--registry", verdaccio!.url, "--no-git-checks", "--access", "public"], {
          cwd: pkg.dir,
          env: publishEnv,
          timeoutMs: 180_000,
        }),
      );
      const { stdout } = await run("npm", ["view", `${pkg.name}@${pkg.version}`, "--json", "--registry", verdaccio.url], {
        cwd: tmp.dir,
        env: publishEnv,
        timeoutMs: 60_000,
      });
      const published = JSON.parse(stdout) as { version: string; dependencies?: Record<string, string> };
      const manifest = JSON.stringify(published.dependencies ?? {});
      if (published.version !== pkg.version) throw new Error(`registry has ${pkg.name}@${published.version}, want ${pkg.version}`);
      if (manifest.includes("workspace:")) throw new Error(`${pkg.name}'s published dependencies still say workspace: ${manifest}`);
      console.log(`  registry: ${pkg.name}@${published.version} dependencies ${manifest}`);
    }

    // 4. a fresh consumer
    const consumer = path.join(tmp.dir, "consumer");
    const specs = packages.map((p) => `${p.name}@${p.version}`);
    await timed(`fresh project: npm install ${specs.join(" ")}; tsc strict (node16 ESM + CJS, bundler)`, () =>
      prepareConsumer(consumer, specs, env, { npmrc: `@ldkit:registry=${verdaccio!.url}\n` }),
    );
    const seen = installedVersions(
      consumer,
      packages.map((p) => p.name),
    );
    for (const pkg of packages) {
      if (seen[pkg.name] !== pkg.version) throw new Error(`the consumer got ${pkg.name}@${seen[pkg.name]}, want ${pkg.version}`);
      await assertFromRegistry(consumer, pkg.name, verdaccio.url, publishEnv);
    }
    const prism = await startPrismIn(tmp.dir);
    try {
      await timed(`run the consumer's ESM and CJS builds against Prism (${prism.baseUrl})`, () =>
        runConsumer(consumer, prism.baseUrl, env),
      );
    } finally {
      await prism.stop();
    }
    console.log(`\nRelease e2e passed. The fresh consumer installed from ${verdaccio.url}:`);
    for (const [name, version] of Object.entries(seen)) console.log(`  ${name}@${version}`);
    const openapiFetch = installedVersions(consumer, ["openapi-fetch"]);
    console.log(`  (openapi-fetch@${openapiFetch["openapi-fetch"]} from the normal registry)`);
  } finally {
    clearTimeout(watchdog);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await cleanup();
  }
}

/** Checks that the consumer's copy of `name` is the tarball Verdaccio serves (same integrity). */
async function assertFromRegistry(consumer: string, name: string, registryUrl: string, env: NodeJS.ProcessEnv): Promise<void> {
  const lock = JSON.parse(readFileSync(path.join(consumer, "package-lock.json"), "utf8")) as {
    packages: Record<string, { version?: string; integrity?: string }>;
  };
  const entry = lock.packages[`node_modules/${name}`];
  const { stdout } = await run("npm", ["view", `${name}@${entry?.version}`, "dist.integrity", "--registry", registryUrl], {
    cwd: consumer,
    env,
    timeoutMs: 60_000,
  });
  if (!entry?.integrity || entry.integrity !== stdout.trim()) {
    throw new Error(`the consumer's ${name} (${entry?.integrity}) is not the tarball on ${registryUrl} (${stdout.trim()})`);
  }
}

function indent(text: string, prefix: string): string {
  return text
    .split("\n")
    .map((line) => prefix + line)
    .join("\n");
}

await main();
