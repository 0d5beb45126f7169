import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "../prism/index.js";
import { run } from "./exec.js";
import { startService } from "../process/service.js";

/** The Verdaccio version the release e2e runs (6.10+ needs Node 22). */
export const VERDACCIO_VERSION = "6.8.0";

const pinnedDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "verdaccio");

/** A running Verdaccio. */
export interface Verdaccio {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  pid: number;
  /** Stops Verdaccio by pid (SIGTERM, then SIGKILL after 5 s) and waits for it to exit. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Verdaccio's config: storage and htpasswd in `dir`, no uplinks at all (it serves only what the
 * e2e publishes; everything else comes from the normal registry through a scoped `@ldkit:registry`),
 * the audit middleware and the web UI off, anyone may read, only an authenticated user may publish.
 */
export function verdaccioConfig(dir: string): string {
  return [
    `storage: ${JSON.stringify(path.join(dir, "storage"))}`,
    `plugins: ${JSON.stringify(path.join(dir, "plugins"))}`,
    "auth:",
    "  htpasswd:",
    `    file: ${JSON.stringify(path.join(dir, "htpasswd"))}`,
    "    max_users: 1",
    "uplinks: {}",
    "packages:",
    "  '@ldkit/*':",
    "    access: $all",
    "    publish: $authenticated",
    "    unpublish: $authenticated",
    "  '**':",
    "    access: $all",
    "    publish: $authenticated",
    "middlewares:",
    "  audit:",
    "    enabled: false",
    "web:",
    "  enable: false",
    "publish:",
    "  allow_offline: true",
    "log: { type: stdout, format: pretty, level: warn }",
    "",
  ].join("\n");
}

/** Installs the pinned Verdaccio into `dir` with `npm ci` from the committed lockfile. */
export async function installVerdaccio(dir: string, env: NodeJS.ProcessEnv): Promise<void> {
  mkdirSync(dir, { recursive: true });
  copyFileSync(path.join(pinnedDir, "verdaccio-package.json"), path.join(dir, "package.json"));
  copyFileSync(path.join(pinnedDir, "verdaccio-package-lock.json"), path.join(dir, "package-lock.json"));
  await run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: dir, env, timeoutMs: 300_000 });
}

/** Starts the Verdaccio installed in `dir` on 127.0.0.1 on a free port and waits until it answers `/-/ping`. */
export async function startVerdaccio(dir: string, env: NodeJS.ProcessEnv, readyTimeoutMs = 60_000): Promise<Verdaccio> {
  const configFile = path.join(dir, "config.yaml");
  writeFileSync(configFile, verdaccioConfig(dir));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const bin = path.join(dir, "node_modules", "verdaccio", "bin", "verdaccio");
  const service = await startService({
    name: "Verdaccio",
    args: [bin, "--config", configFile, "--listen", `127.0.0.1:${port}`],
    cwd: dir,
    env,
    readyTimeoutMs,
    ready: async () => (await fetch(`${url}-/ping`, { signal: AbortSignal.timeout(1_000) })).ok,
  });
  return { url, pid: service.pid, stop: service.stop };
}

/**
 * Creates a user through the registry's CouchDB-style endpoint (what `npm adduser` calls) and
 * returns its auth token. Verdaccio's htpasswd plugin stores the user.
 */
export async function addUser(registryUrl: string, name: string, password: string): Promise<string> {
  const response = await fetch(`${registryUrl}-/user/org.couchdb.user:${encodeURIComponent(name)}`, {
    method: "PUT",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({
      _id: `org.couchdb.user:${name}`,
      name,
      password,
      email: `${name}@example.invalid`,
      type: "user",
      roles: [],
      date: new Date().toISOString(),
    }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await response.json().catch(() => ({}))) as { token?: unknown; error?: unknown };
  if (!response.ok || typeof body.token !== "string") {
    throw new Error(`creating the registry user failed: HTTP ${response.status} ${typeof body.error === "string" ? body.error : ""}`);
  }
  return body.token;
}

/**
 * The user-level npmrc of the e2e (lives only in the temp dir): the auth token for this registry,
 * and the registry itself as the default, so that `publish` can only ever reach it.
 */
export function publishNpmrc(registryUrl: string, token: string): string {
  const host = registryUrl.replace(/^https?:/, "");
  return `registry=${registryUrl}\n${host}:_authToken=${token}\n`;
}
