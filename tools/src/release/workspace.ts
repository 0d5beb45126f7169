import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "../codegen/repo.js";

export { repoRoot };

/** A package of the workspace that is published (not `private`). */
export interface PublicPackage {
  name: string;
  version: string;
  /** Absolute directory. */
  dir: string;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
}

interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** Reads a package.json. */
export function readPackageJson(dir: string): PackageJson {
  return JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as PackageJson;
}

/** The public packages under `<root>/packages`, sorted by name. */
export function publicPackages(root: string = repoRoot): PublicPackage[] {
  const packagesDir = path.join(root, "packages");
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(packagesDir, entry.name, "package.json")))
    .map((entry) => path.join(packagesDir, entry.name))
    .map((dir) => ({ dir, pkg: readPackageJson(dir) }))
    .filter(({ pkg }) => pkg.private !== true)
    .map(({ dir, pkg }) => ({
      name: pkg.name,
      version: pkg.version,
      dir,
      dependencies: pkg.dependencies ?? {},
      peerDependencies: pkg.peerDependencies ?? {},
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A temporary directory outside the workspace, removed by `cleanup()` unless LDKIT_KEEP_TMP is set. */
export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  if (path.resolve(dir).startsWith(path.resolve(repoRoot) + path.sep)) throw new Error(`temp dir ${dir} is inside the workspace`);
  return {
    dir,
    cleanup: () => {
      if (process.env.LDKIT_KEEP_TMP) console.log(`(kept ${dir})`);
      else rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The environment for child npm/pnpm processes: this process's environment without the
 * `npm_config_*` / `npm_package_*` / `npm_lifecycle_*` variables a parent `pnpm run` sets (so a child
 * reads only the npmrc files it is pointed at), with update checks, funding and audit noise off.
 */
export function quietEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_(config|package|lifecycle)_/i.test(key)));
  return {
    ...inherited,
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
    TURBO_TELEMETRY_DISABLED: "1",
    DO_NOT_TRACK: "1",
    ...extra,
  };
}
