/**
 * `pnpm browser:smoke`: the packages' ESM builds, unmodified, in headless Chromium (Debian's
 * `chromium`, driven by the pinned playwright-core; no browser is ever downloaded). A loopback static
 * server serves a page whose import map points `@ldkit/client`, `@ldkit/semantic-patch` and
 * `openapi-fetch` at their dist files; the page makes one GET and one semantic patch against a Prism
 * mock of the spec (cross-origin: Prism answers CORS), and this script asserts what the page reports
 * and what went over the wire (the semantic-patch Content-Type; no `sl-violations` from Prism).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import type { PrismServer } from "../prism/index.js";
import { startPrismIn } from "../release/prism.js";
import { repoRoot, tempDir } from "../release/workspace.js";
import { EXPECTED_RESULT, MODULE_PATHS, smokePage } from "./page.js";
import { serveStatic, type StaticServer } from "./server.js";

/** The Chromium binary: `LDKIT_CHROMIUM`, else Debian's. */
const executablePath = process.env.LDKIT_CHROMIUM ?? "/usr/bin/chromium";

/** Flags for a quiet, offline-friendly headless Chromium (playwright adds --headless itself). */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

const SEMANTIC_PATCH = "application/json; domain-model=launchdarkly.semanticpatch";

/** The dist files the import map resolves to. */
function moduleFiles(): Record<string, string> {
  const clientDir = path.join(repoRoot, "packages", "client");
  const fromClient = createRequire(path.join(clientDir, "package.json"));
  const openapiFetchPkg = fromClient.resolve("openapi-fetch/package.json");
  const exportsField = (JSON.parse(readFileSync(openapiFetchPkg, "utf8")) as { exports: { ".": { import: string } } }).exports;
  const files: Record<string, string> = {
    ...distModules(MODULE_PATHS["@ldkit/client"], path.join(clientDir, "dist")),
    ...distModules(MODULE_PATHS["@ldkit/semantic-patch"], path.join(repoRoot, "packages", "semantic-patch", "dist")),
    [MODULE_PATHS["openapi-fetch"]]: path.join(path.dirname(openapiFetchPkg), exportsField["."].import),
  };
  for (const file of Object.values(files)) if (!existsSync(file)) throw new Error(`${file} is missing (run pnpm build)`);
  return files;
}

/** Every ESM file of a package's `dist` (its entry and the chunks it imports), under the folder of `entryPath`. */
function distModules(entryPath: string, dist: string): Record<string, string> {
  const folder = entryPath.slice(0, entryPath.lastIndexOf("/") + 1);
  const entries = existsSync(dist) ? readdirSync(dist).filter((f) => f.endsWith(".js")) : [];
  return Object.fromEntries([entryPath.slice(folder.length), ...entries].map((f) => [`${folder}${f}`, path.join(dist, f)]));
}

async function main(): Promise<void> {
  if (!existsSync(executablePath)) {
    throw new Error(`no Chromium at ${executablePath}: install Debian's (apt-get install -y chromium) or set LDKIT_CHROMIUM`);
  }
  const files = moduleFiles();
  const tmp = tempDir("ldkit-browser-smoke");
  let prism: PrismServer | undefined;
  let server: StaticServer | undefined;
  let context: BrowserContext | undefined;
  try {
    prism = await startPrismIn(tmp.dir);
    server = await serveStatic(smokePage(prism.baseUrl), files);
    // A fresh --user-data-dir in the temp dir; playwright-core drives Debian's binary over CDP.
    context = await chromium.launchPersistentContext(path.join(tmp.dir, "chromium-profile"), {
      executablePath,
      args: CHROMIUM_ARGS,
      headless: true,
      timeout: 60_000,
    });
    await check(context, server.origin, prism.baseUrl);
  } finally {
    await context?.close();
    await server?.close();
    await prism?.stop();
    tmp.cleanup();
  }
}

/** Loads the page, waits (bounded) for its result, and checks it and the requests Prism received. */
async function check(context: BrowserContext, origin: string, prismUrl: string): Promise<void> {
  const log: string[] = [];
  const wire: string[] = [];
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("console", (message) => log.push(`console.${message.type()}: ${message.text()}`));
  page.on("pageerror", (error) => log.push(`pageerror: ${error.message}`));
  page.on("requestfailed", (request) =>
    log.push(`requestfailed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ""}`),
  );
  page.on("response", (response) => {
    const request = response.request();
    if (!request.url().startsWith(prismUrl) || request.method() === "OPTIONS") return;
    const violations = response.headers()["sl-violations"];
    wire.push(
      `${request.method()} ${new URL(request.url()).pathname} ${request.headers()["content-type"] ?? "-"} → ${response.status()}${violations ? ` sl-violations: ${violations}` : ""}`,
    );
  });
  await page.goto(origin, { timeout: 30_000 });
  await page.waitForSelector("#result[data-done]", { state: "attached", timeout: 30_000 });
  const result = JSON.parse((await page.textContent("#result")) ?? "null") as unknown;
  const userAgent = await page.evaluate(() => navigator.userAgent);
  const problems: string[] = [];
  if (JSON.stringify(result) !== JSON.stringify(EXPECTED_RESULT)) {
    problems.push(`the page reported\n  ${JSON.stringify(result)}\nwant\n  ${JSON.stringify(EXPECTED_RESULT)}`);
  }
  const wantWire = [
    `GET /api/v2/segments/default/production/beta-users - → 200`,
    `PATCH /api/v2/segments/default/production/beta-users ${SEMANTIC_PATCH} → 200`,
  ];
  if (JSON.stringify(wire) !== JSON.stringify(wantWire))
    problems.push(`requests to Prism were\n  ${wire.join("\n  ")}\nwant\n  ${wantWire.join("\n  ")}`);
  if (problems.length > 0) throw new Error(`${problems.join("\n")}\npage log:\n  ${log.join("\n  ") || "(empty)"}`);
  console.log(`✓ browser smoke passed (${userAgent}): ESM builds via import map from ${origin}, Prism at ${prismUrl}`);
  for (const line of wire) console.log(`  ${line}`);
  console.log(`  page result: ${JSON.stringify(result)}`);
}

await main();
