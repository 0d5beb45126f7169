import { createClient as createLdkit, type paths } from "@ldkit/client";
import createFetchClient from "openapi-fetch";
import { Configuration, SegmentsApi, type PatchWithComment } from "launchdarkly-api-typescript";
import { startLoopbackServer } from "./server/client.js";
import { log, rotate, summarize, type Summary } from "./util.js";

/**
 * Per-request overhead: sequential requests against a loopback Node http server (a separate
 * process on 127.0.0.1) answering a fixed ~1 kB segment. Each round sends one request per contender,
 * in rotated order, and times each request alone (call → parsed data), so every contender sees the
 * same machine noise. Two operations: `getSegment` (GET) and `patchSegment` with a semantic patch
 * (PATCH). The server records the Content-Type each contender's PATCH arrived with.
 */
const API_KEY = "api-bench-0000";
const API_VERSION = "20240415";
const SEMANTIC = "application/json; domain-model=launchdarkly.semanticpatch";
const body = {
  environmentKey: "production",
  comment: "bench",
  instructions: [{ kind: "addIncludedTargets" as const, contextKind: "user", values: ["user-42"] }],
};

type Call = () => Promise<unknown>;
interface Contender {
  id: string;
  label: string;
  get: Call;
  patch: Call;
}

function contenders(baseUrl: string): Contender[] {
  const url = (key: string) => `${baseUrl}/api/v2/segments/default/production/${key}`;
  const headers = { Authorization: API_KEY, "LD-API-Version": API_VERSION };

  const ldkit = createLdkit({ apiKey: API_KEY, baseUrl });
  const ldkitBare = createLdkit({ apiKey: API_KEY, baseUrl, retry: false, timeout: 0 });
  const of = createFetchClient<paths>({ baseUrl, headers });
  const segments = new SegmentsApi(
    new Configuration({ apiKey: API_KEY, basePath: baseUrl, baseOptions: { headers: { "LD-API-Version": API_VERSION } } }),
  );
  const p = (segmentKey: string) => ({ projectKey: "default", environmentKey: "production", segmentKey });

  return [
    {
      id: "fetch",
      label: "raw `fetch`",
      get: async () => {
        const res = await fetch(url("c-fetch"), { headers });
        if (!res.ok) throw new Error(`fetch GET ${res.status}`);
        return res.json();
      },
      patch: async () => {
        const res = await fetch(url("c-fetch"), {
          method: "PATCH",
          headers: { ...headers, "Content-Type": SEMANTIC },
          body: JSON.stringify(body),
        });
        if (!res.ok) throw new Error(`fetch PATCH ${res.status}`);
        return res.json();
      },
    },
    {
      id: "openapi-fetch",
      label: "bare openapi-fetch (typed fetch wrapper, no retry/timeout)",
      get: async () => {
        const { data, response } = await of.GET("/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}", {
          params: { path: p("c-openapi") },
        });
        if (!response.ok) throw new Error(`openapi-fetch GET ${response.status}`);
        return data;
      },
      patch: async () => {
        const { data, response } = await of.PATCH("/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}", {
          params: { path: p("c-openapi") },
          headers: { "Content-Type": SEMANTIC },
          body: body as never,
        });
        if (!response.ok) throw new Error(`openapi-fetch PATCH ${response.status}`);
        return data;
      },
    },
    {
      id: "ldkit",
      label: "ldkit (defaults: retry on, 60 s timeout)",
      get: () => ldkit.getSegment(p("c-ldkit")),
      patch: () => ldkit.patchSegment({ ...p("c-ldkit"), body }),
    },
    {
      id: "ldkit-bare",
      label: "ldkit (`retry: false, timeout: 0`)",
      get: () => ldkitBare.getSegment(p("c-ldkit-bare")),
      patch: () => ldkitBare.patchSegment({ ...p("c-ldkit-bare"), body }),
    },
    {
      id: "official",
      label: "launchdarkly-api-typescript (axios)",
      get: async () => (await segments.getSegment("default", "production", "c-official")).data,
      // Its patchSegment is typed for JSON Patch only: a semantic patch needs a cast, and is sent as plain application/json.
      patch: async () => (await segments.patchSegment("default", "production", "c-official", body as unknown as PatchWithComment)).data,
    },
  ];
}

/** Segment key each contender uses, so the server can attribute Content-Types. */
const segmentKeyOf: Record<string, string> = {
  fetch: "c-fetch",
  "openapi-fetch": "c-openapi",
  ldkit: "c-ldkit",
  "ldkit-bare": "c-ldkit-bare",
  official: "c-official",
};

export interface OverheadRow {
  id: string;
  label: string;
  op: "GET getSegment" | "PATCH patchSegment (semantic)";
  /** Per-request time in microseconds. */
  us: Summary;
  /** Median over median of raw fetch, same operation. */
  ratio: number;
  /** Content-Type(s) the PATCH arrived with (PATCH rows only). */
  contentType?: string;
}

export async function measureOverhead(n: number, warmup: number, budgetMs: number): Promise<OverheadRow[]> {
  const server = await startLoopbackServer(["--mode=echo"]);
  try {
    const cs = contenders(server.baseUrl);
    for (const c of cs) {
      // correctness check before timing: every contender gets the same segment back
      for (const call of [c.get, c.patch]) {
        const data = (await call()) as { key?: string };
        if (data?.key !== "beta") throw new Error(`${c.id}: unexpected response ${JSON.stringify(data).slice(0, 80)}`);
      }
    }
    const rows: OverheadRow[] = [];
    for (const op of ["GET getSegment", "PATCH patchSegment (semantic)"] as const) {
      const pick = (c: Contender) => (op.startsWith("GET") ? c.get : c.patch);
      const samples = new Map(cs.map((c) => [c.id, [] as number[]]));
      const deadline = Date.now() + budgetMs;
      for (let round = 0; round < warmup + n && Date.now() < deadline; round++) {
        for (const c of rotate(cs, round)) {
          const call = pick(c);
          const t0 = process.hrtime.bigint();
          await call();
          const us = Number(process.hrtime.bigint() - t0) / 1000;
          if (round >= warmup) samples.get(c.id)!.push(us);
        }
      }
      const base = summarize(samples.get("fetch")!).median;
      log(`overhead ${op}: ${samples.get("fetch")!.length} timed rounds`);
      for (const c of cs) {
        const us = summarize(samples.get(c.id)!);
        rows.push({ id: c.id, label: c.label, op, us, ratio: us.median / base });
      }
    }
    const { contentTypes } = await server.stats<{ contentTypes: Record<string, Record<string, number>> }>();
    for (const row of rows) {
      if (!row.op.startsWith("PATCH")) continue;
      row.contentType = Object.keys(contentTypes[segmentKeyOf[row.id]!] ?? {}).join(", ");
    }
    return rows;
  } finally {
    await server.stop();
  }
}
