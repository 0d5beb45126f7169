import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { benchDir } from "./util.js";

/**
 * Bundle size: each contender is an entry module that imports its client and makes the same calls
 * (list segments, one semantic patch, read a user's flag settings). esbuild bundles it — minified,
 * tree-shaken, ES2022, ESM output — for the browser and for node; we report the minified bytes and
 * the gzip size (level 9, as size-limit measures the repo's `.size-limit.json` budgets).
 */
export const sizeContenders = [
  {
    id: "ldkit-core",
    label: "ldkit client core (`createClient` + 3 calls)",
    source: `
import { createClient } from "@ldkit/client";
const ld = createClient({ apiKey: "api-bench" });
export async function run() {
  await ld.getSegments({ projectKey: "default", environmentKey: "production", limit: 20 });
  await ld.patchSegment({
    projectKey: "default", environmentKey: "production", segmentKey: "beta",
    body: { environmentKey: "production", instructions: [{ kind: "addIncludedTargets", contextKind: "user", values: ["u-1"] }] },
  });
  return ld.getUserFlagSettings({ projectKey: "default", environmentKey: "production", userKey: "u-1" });
}
`,
  },
  {
    id: "ldkit-all-builders",
    label: "ldkit client + every semantic-patch builder",
    source: `
import { createClient } from "@ldkit/client";
import * as builders from "@ldkit/semantic-patch";
export { builders };
const ld = createClient({ apiKey: "api-bench" });
export async function run() {
  await ld.getSegments({ projectKey: "default", environmentKey: "production", limit: 20 });
  await ld.patchSegment({
    projectKey: "default", environmentKey: "production", segmentKey: "beta",
    body: builders.segmentPatch("production").addIncludedTargets({ contextKind: "user", values: ["u-1"] }).build(),
  });
  return ld.getUserFlagSettings({ projectKey: "default", environmentKey: "production", userKey: "u-1" });
}
`,
  },
  {
    id: "official",
    label: "launchdarkly-api-typescript (axios), same 3 calls",
    source: `
import { Configuration, SegmentsApi, UserSettingsApi } from "launchdarkly-api-typescript";
const configuration = new Configuration({ apiKey: "api-bench" });
const segments = new SegmentsApi(configuration);
const userSettings = new UserSettingsApi(configuration);
export async function run() {
  await segments.getSegments("default", "production", 20);
  await segments.patchSegment("default", "production", "beta",
    { environmentKey: "production", instructions: [{ kind: "addIncludedTargets", contextKind: "user", values: ["u-1"] }] });
  return userSettings.getUserFlagSettings("default", "production", "u-1");
}
`,
  },
  {
    id: "openapi-fetch",
    label: "bare openapi-fetch, same 3 calls (floor)",
    source: `
import createClient from "openapi-fetch";
const client = createClient({ baseUrl: "https://app.launchdarkly.com", headers: { Authorization: "api-bench", "LD-API-Version": "20240415" } });
export async function run() {
  await client.GET("/api/v2/segments/{projectKey}/{environmentKey}", { params: { path: { projectKey: "default", environmentKey: "production" }, query: { limit: 20 } } });
  await client.PATCH("/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}", {
    params: { path: { projectKey: "default", environmentKey: "production", segmentKey: "beta" } },
    headers: { "Content-Type": "application/json; domain-model=launchdarkly.semanticpatch" },
    body: { environmentKey: "production", instructions: [{ kind: "addIncludedTargets", contextKind: "user", values: ["u-1"] }] },
  });
  return client.GET("/api/v2/users/{projectKey}/{environmentKey}/{userKey}/flags", { params: { path: { projectKey: "default", environmentKey: "production", userKey: "u-1" } } });
}
`,
  },
] as const;

export type SizeContenderId = (typeof sizeContenders)[number]["id"];

export interface SizeRow {
  id: SizeContenderId;
  label: string;
  platform: "browser" | "node";
  minified: number;
  gzip: number;
  /** Packages in the bundle, by bytes of their (minified) output, largest first. */
  topInputs: Array<{ pkg: string; bytes: number }>;
  warnings: string[];
}

export async function measureSizes(): Promise<SizeRow[]> {
  const rows: SizeRow[] = [];
  for (const platform of ["browser", "node"] as const) {
    for (const c of sizeContenders) {
      const result = await build({
        stdin: { contents: c.source, resolveDir: benchDir, sourcefile: `${c.id}.js`, loader: "js" },
        bundle: true,
        minify: true,
        treeShaking: true,
        format: "esm",
        target: "es2022",
        platform,
        write: false,
        metafile: true,
        logLevel: "silent",
        legalComments: "none",
      });
      const code = result.outputFiles[0]!.contents;
      const output = Object.values(result.metafile.outputs)[0]!;
      const byPkg = new Map<string, number>();
      for (const [file, info] of Object.entries(output.inputs)) {
        const pkg = packageOf(file);
        byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + info.bytesInOutput);
      }
      rows.push({
        id: c.id,
        label: c.label,
        platform,
        minified: code.byteLength,
        gzip: gzipSync(code, { level: 9 }).byteLength,
        topInputs: [...byPkg].map(([pkg, bytes]) => ({ pkg, bytes })).sort((a, b) => b.bytes - a.bytes),
        warnings: result.warnings.map((w) => w.text),
      });
    }
  }
  return rows;
}

/** `node_modules/.pnpm/x@1/node_modules/@scope/name/dist/a.js` → `@scope/name`; workspace packages by folder. */
function packageOf(file: string): string {
  const nm = file.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const parts = file.slice(nm + "node_modules/".length).split("/");
    return parts[0]!.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const ws = /(?:^|\/)(?:packages\/|\.\.\/)(client|semantic-patch)\//.exec(file);
  if (ws) return `@ldkit/${ws[1]}`;
  return file.includes("/") ? file : "(entry)";
}
