/**
 * Big segment import memory: the peak RSS growth of `importBigSegment` uploading a CSV of `keys`
 * keys from `{ path }` (streamed from disk) into a loopback server.
 *
 * The parent writes the CSV to a temp file and runs the loopback server (127.0.0.1, free port),
 * which reads the multipart upload without keeping it (counting bytes and line breaks), answers
 * `204` with a `Location`, and answers the poll with a `complete` import. The client runs in a
 * child `node` process of its own, so its RSS is the client's alone: it imports `@ldkit/client`,
 * creates the client, takes its baseline RSS, then samples `process.memoryUsage.rss()` every 5 ms
 * during the import and reports the peak minus the baseline (and `process.resourceUsage().maxRSS`).
 *
 *   tsx src/main.ts --only=import-rss          # this figure only
 */
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { benchDir, log, onInterrupt } from "./util.js";

/** Goal of issue #11: the import of a 5,000,000-key CSV from a path grows RSS by at most 64 MB. */
export const IMPORT_RSS_BUDGET_BYTES = 64 * 1024 * 1024;

/**
 * How the client process sends the upload: `ldkit` is `importBigSegment` as shipped (the pipeline sends
 * uploads with `redirect: "error"`); `redirect-manual` is the same call with a `fetch` that forces
 * `redirect: "manual"`. Node 20's fetch (undici 6) clones a request whose redirect mode is not
 * `"error"` and tees its body, and the unread branch keeps every chunk until the request ends; the
 * second row shows what the upload would cost with that copy.
 */
export type ImportRssContender = "ldkit" | "redirect-manual";

/** One contender's figure: what the server received, and the client process's memory. */
export interface ImportRssRun {
  contender: ImportRssContender;
  label: string;
  /** Bytes of the multipart body the server received (file plus multipart framing). */
  uploadedBytes: number;
  /** Line breaks the server counted in the body: at least one per key. */
  uploadedLines: number;
  /** RSS of the client process after loading `@ldkit/client`, before the import. */
  baselineRssBytes: number;
  /** Highest RSS sampled during the import, minus the baseline. */
  peakGrowthBytes: number;
  /** `process.resourceUsage().maxRSS` of the client process at the end (whole lifetime). */
  maxRssBytes: number;
  ms: number;
  outcome: string;
  ok: boolean;
}

/** The figure: the file and each contender's run. */
export interface ImportRssResult {
  /** ISO time of this measurement. */
  measuredAt: string;
  keys: number;
  fileBytes: number;
  runs: ImportRssRun[];
  ok: boolean;
}

const contenders: Array<{ contender: ImportRssContender; label: string }> = [
  { contender: "ldkit", label: "ldkit `importBigSegment` (as shipped)" },
  { contender: "redirect-manual", label: 'same, fetch forced to `redirect: "manual"` (request cloned)' },
];

interface ChildReport {
  baselineRssBytes: number;
  peakRssBytes: number;
  maxRssBytes: number;
  ms: number;
  outcome: string;
}

const CHILD_FLAG = "--import-rss-child";
const where = { projectKey: "bench", environmentKey: "production", segmentKey: "devices" };
const importPath = `/api/v2/segments/${where.projectKey}/${where.environmentKey}/${where.segmentKey}/imports`;

/** Writes `key\n` and `keys` device keys, in 1 MB-ish chunks, honouring backpressure. */
async function writeCsv(file: string, keys: number): Promise<number> {
  const out = createWriteStream(file);
  const write = (chunk: string) => new Promise<void>((resolve, reject) => out.write(chunk, (e) => (e ? reject(e) : resolve())));
  await write("key\n");
  const batch = 50_000;
  for (let start = 0; start < keys; start += batch) {
    let chunk = "";
    for (let i = start; i < Math.min(keys, start + batch); i++) chunk += `device-${i.toString().padStart(8, "0")}\n`;
    await write(chunk);
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return (await stat(file)).size;
}

/** A loopback LaunchDarkly for one import: drains the upload, counts it, then reports the import complete. */
function startImportServer() {
  const received = { bytes: 0, lines: 0 };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method === "POST" && req.url === importPath) {
      req.on("data", (chunk: Buffer) => {
        received.bytes += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) received.lines++;
      });
      req.on("end", () => res.writeHead(204, { location: `${importPath}/imp-rss` }).end());
      return;
    }
    if (req.method === "GET" && req.url === `${importPath}/imp-rss`) {
      req.resume();
      const body = {
        id: "imp-rss",
        segmentKey: where.segmentKey,
        creationTime: Date.now(),
        mode: "replace",
        status: "complete",
        _links: { self: { href: `${importPath}/imp-rss` } },
      };
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
      return;
    }
    req.resume();
    res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ code: "not_found", message: req.url }));
  });
  return new Promise<{ baseUrl: string; received: typeof received; close: () => Promise<void> }>((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ baseUrl: `http://127.0.0.1:${port}`, received, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/** Runs this file as the client process and returns its JSON report (bounded by `timeoutMs`). */
function runChild(contender: ImportRssContender, baseUrl: string, csvPath: string, timeoutMs: number): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), CHILD_FLAG, contender, baseUrl, csvPath], {
      cwd: benchDir,
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, NODE_OPTIONS: "" },
    });
    const unregister = onInterrupt(() => child.kill("SIGKILL"));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      unregister();
      if (code !== 0) return reject(new Error(`import-rss client exited with ${code ?? signal}`));
      resolve(JSON.parse(out.trim().split("\n").pop() ?? "{}") as ChildReport);
    });
  });
}

/**
 * Measures the peak RSS growth of importing a `keys`-key CSV from `{ path }` (see the file comment).
 * @example
 * const r = await measureImportRss(5_000_000); // r.peakGrowthBytes ≤ IMPORT_RSS_BUDGET_BYTES is the goal
 */
export async function measureImportRss(keys: number): Promise<ImportRssResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "ldkit-bench-import-"));
  const unregister = onInterrupt(() => void rm(dir, { recursive: true, force: true }));
  const server = await startImportServer();
  try {
    const csvPath = path.join(dir, "devices.csv");
    const fileBytes = await writeCsv(csvPath, keys);
    log(`import-rss: wrote ${keys} keys (${(fileBytes / 1e6).toFixed(1)} MB), importing from { path }`);
    const runs: ImportRssRun[] = [];
    for (const { contender, label } of contenders) {
      server.received.bytes = server.received.lines = 0;
      const report = await runChild(contender, server.baseUrl, csvPath, 180_000);
      runs.push({
        contender,
        label,
        uploadedBytes: server.received.bytes,
        uploadedLines: server.received.lines,
        baselineRssBytes: report.baselineRssBytes,
        peakGrowthBytes: Math.max(0, report.peakRssBytes - report.baselineRssBytes),
        maxRssBytes: report.maxRssBytes,
        ms: report.ms,
        outcome: report.outcome,
        ok: report.outcome === "complete" && server.received.bytes >= fileBytes && server.received.lines >= keys + 1,
      });
    }
    return { measuredAt: new Date().toISOString(), keys, fileBytes, runs, ok: runs.every((r) => r.ok) };
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
    unregister();
  }
}

/** A fetch that sends every request with `redirect: "manual"` (the pipeline hands a custom fetch a `Request`). */
const redirectManualFetch: typeof fetch = (input, init) => globalThis.fetch(new Request(input as Request, { redirect: "manual" }), init);

/** The client process: import from `{ path }` while sampling RSS; prints one JSON line. */
async function child(contender: ImportRssContender, baseUrl: string, csvPath: string): Promise<void> {
  const { createClient, importBigSegment } = await import("@ldkit/client");
  const client = createClient({
    apiKey: "api-bench-import-rss",
    baseUrl,
    retry: false,
    ...(contender === "redirect-manual" ? { fetch: redirectManualFetch } : {}),
  });
  (globalThis as { gc?: () => void }).gc?.();
  const baselineRssBytes = process.memoryUsage.rss();
  let peakRssBytes = baselineRssBytes;
  const sampler = setInterval(() => (peakRssBytes = Math.max(peakRssBytes, process.memoryUsage.rss())), 5);
  const t0 = performance.now();
  const result = await importBigSegment(client, {
    ...where,
    csv: { path: csvPath },
    mode: "replace",
    pollIntervalMs: 1,
    timeoutMs: 120_000,
  });
  const ms = performance.now() - t0;
  clearInterval(sampler);
  peakRssBytes = Math.max(peakRssBytes, process.memoryUsage.rss());
  const report: ChildReport = {
    baselineRssBytes,
    peakRssBytes,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    ms,
    outcome: result.outcome,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

if (process.argv[2] === CHILD_FLAG && process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await child(process.argv[3] as ImportRssContender, process.argv[4]!, process.argv[5]!);
}
