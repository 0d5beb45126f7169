/**
 * The emulator's speed and size (issue 14): `getSegment` requests/s through the emulator in process
 * (`emulator.fetch`, no network), over its port, and from Prism serving the same operation (goal: the
 * emulator over its port ≥ 5× Prism); and a big segment of 1,000,000 keys imported through the API
 * in a child process run with `--expose-gc` (goal: ≤ 150 MB heap growth), with membership lookups
 * timed on a 1,000-key and on the 1,000,000-key segment (O(1): the same per-lookup time).
 */
import { spawn } from "node:child_process";
import http from "node:http";
import { createEmulator } from "@ldkit/emulator";
import { startPrism } from "@ldkit/tools/prism";
import { benchDir, log } from "./util.js";

/** What `measureEmulator` reports. */
export interface EmulatorResults {
  /** getSegment requests per second, each contender with the same number of requests in flight. */
  requestsPerSecond: { inProcess: number; overPort: number; prism: number };
  /** emulator over its port ÷ Prism. */
  portVsPrism: number;
  concurrency: number;
  durationMs: number;
  bigSegment: { keys: number; heapGrowthMB: number; lookupNsSmall: number; lookupNsLarge: number; importMs: number };
}

const PATH = "/api/v2/segments/default/production/bench-segment";
const headers = { Authorization: "bench-token" };

/** A GET over a keep-alive `http.Agent` (the load generator for both servers on a port: far cheaper than `fetch`, so the servers are what is measured). */
function httpGet(agent: http.Agent, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", reject);
    });
    req.on("error", reject);
  });
}

async function rate(send: () => Promise<number>, concurrency: number, durationMs: number): Promise<number> {
  const end = performance.now() + durationMs;
  let done = 0;
  const worker = async () => {
    while (performance.now() < end) {
      const status = await send();
      if (status !== 200) throw new Error(`getSegment answered ${status}`);
      done++;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return done / ((performance.now() - t0) / 1000);
}

// The child: import 1,000,000 keys through the emulator's API, measure the heap after GC, time lookups.
const CHILD = `
import { createEmulator } from "@ldkit/emulator";
const N = Number(process.argv.at(-1));
const gc = globalThis.gc;
const heap = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
const e = createEmulator({ now: 0, segments: [{ key: "big", unbounded: true }, { key: "small", unbounded: true }] });
const h = { authorization: "t" };
const base = "http://e/api/v2/segments/default/production";
const imp = async (seg, n) => {
  let csv = "";
  for (let i = 0; i < n; i++) csv += "context-key-" + i + "\\n";
  const form = new FormData();
  form.set("file", new Blob([csv], { type: "text/csv" }), "keys.csv");
  form.set("mode", "replace");
  const r = await e.fetch(base + "/" + seg + "/imports", { method: "POST", headers: h, body: form });
  if (r.status !== 204) throw new Error("import " + r.status);
  e.clock.advance(10_000);
};
await imp("small", 1000);
const before = heap();
const t0 = performance.now();
await imp("big", N);
const importMs = performance.now() - t0;
const after = heap();
const lookup = async (seg, n) => {
  const k = 2000;
  const t = process.hrtime.bigint();
  for (let i = 0; i < k; i++) {
    const r = await e.fetch(base + "/" + seg + "/contexts/context-key-" + ((i * 7919) % n), { headers: h });
    const m = await r.json();
    if (!m.included) throw new Error("not included");
  }
  return Number(process.hrtime.bigint() - t) / k;
};
await lookup("big", N); await lookup("small", 1000);
const small = await lookup("small", 1000);
const large = await lookup("big", N);
const meta = await (await e.fetch(base + "/big", { headers: h })).json();
if (meta._unboundedMetadata.includedCount !== N) throw new Error("count " + meta._unboundedMetadata.includedCount);
console.log(JSON.stringify({ keys: N, heapGrowthMB: (after - before) / 1048576, lookupNsSmall: small, lookupNsLarge: large, importMs }));
`;

function bigSegmentChild(keys: number): Promise<EmulatorResults["bigSegment"]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--expose-gc", "--max-old-space-size=2048", "--input-type=module", "-e", CHILD, String(keys)], {
      cwd: benchDir,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 180_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (code !== 0) reject(new Error(`big segment child exited with ${code}`));
      else resolve(JSON.parse(out.trim().split("\n").at(-1)!) as EmulatorResults["bigSegment"]);
    });
  });
}

/**
 * Measures the emulator: throughput of `getSegment` three ways, then the 1,000,000-key big segment.
 * @example
 * const results = await measureEmulator({ durationMs: 3000, concurrency: 4, keys: 1_000_000 });
 */
export async function measureEmulator(options: { durationMs: number; concurrency: number; keys: number }): Promise<EmulatorResults> {
  const { durationMs, concurrency, keys } = options;
  const emulator = createEmulator({
    segments: [
      {
        key: "bench-segment",
        name: "Bench",
        tags: ["bench"],
        included: ["user-1", "user-2"],
        rules: [{ clauses: [{ attribute: "email", op: "endsWith", values: [".edu"] }] }],
      },
    ],
  });
  const server = await emulator.listen({ port: 0 });
  const prism = await startPrism();
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  try {
    const inProcess = async () => {
      const response = await emulator.fetch(`http://emulator${PATH}`, { headers });
      await response.arrayBuffer();
      return response.status;
    };
    const overPort = () => httpGet(agent, `${server.url}${PATH}`);
    const viaPrism = () => httpGet(agent, `${prism.baseUrl}${PATH}`);
    for (const send of [inProcess, overPort, viaPrism]) await rate(send, concurrency, 300); // warm up
    log("emulator: getSegment throughput…");
    const rps = {
      inProcess: await rate(inProcess, concurrency, durationMs),
      overPort: await rate(overPort, concurrency, durationMs),
      prism: await rate(viaPrism, concurrency, durationMs),
    };
    log(`emulator: ${keys.toLocaleString("en-US")}-key big segment…`);
    const bigSegment = await bigSegmentChild(keys);
    return { requestsPerSecond: rps, portVsPrism: rps.overPort / rps.prism, concurrency, durationMs, bigSegment };
  } finally {
    agent.destroy();
    await prism.stop();
    await emulator.close();
  }
}

/**
 * The figures as a markdown table.
 * @example
 * console.log(renderEmulator(await measureEmulator({ durationMs: 3000, concurrency: 4, keys: 1_000_000 })));
 */
export function renderEmulator(r: EmulatorResults): string {
  const n = (x: number) => Math.round(x).toLocaleString("en-US");
  const b = r.bigSegment;
  return [
    `### Emulator (getSegment, ${r.concurrency} in flight, ${(r.durationMs / 1000).toFixed(1)} s each; over a port through a keep-alive \`http.Agent\`)`,
    "",
    "| contender | requests/s |",
    "|---|---:|",
    `| emulator in process (\`emulator.fetch\`) | ${n(r.requestsPerSecond.inProcess)} |`,
    `| emulator over its port | ${n(r.requestsPerSecond.overPort)} |`,
    `| Prism (same operation) | ${n(r.requestsPerSecond.prism)} |`,
    "",
    `Over the port the emulator serves ${r.portVsPrism.toFixed(1)}× Prism's rate (goal ≥ 5×).`,
    "",
    `Big segment: ${n(b.keys)} keys imported through the API in ${n(b.importMs)} ms; heap growth ${b.heapGrowthMB.toFixed(1)} MB (goal ≤ 150 MB); ` +
      `membership lookup (a full \`getSegmentMembershipForContext\` request in process) ${n(b.lookupNsSmall / 1000)} µs on 1,000 keys vs ${n(b.lookupNsLarge / 1000)} µs on ${n(b.keys)} keys (O(1)).`,
  ].join("\n");
}
