import { createClient, updateBigSegmentTargetsInBulk, MAX_BULK_CHUNK_SIZE, type RetryEvent } from "@ldkit/client";
import { Configuration, SegmentsApi } from "launchdarkly-api-typescript";
import { startLoopbackServer } from "./server/client.js";
import { log } from "./util.js";

/**
 * Bulk: `updateBigSegmentTargetsInBulk` adds `keys` keys to a big segment's included list against
 * a loopback server that allows `limit` requests per fixed `windowMs` window (windows start at the
 * first request) and answers the rest 429 with `X-Ratelimit-Reset` (epoch ms of the window's end).
 * LaunchDarkly's route limits are of this shape over 10-second windows; the window is scaled down
 * so a run takes seconds. The helper runs with its defaults (chunks of 1 500, concurrency 2, the
 * client's default retry policy).
 *
 * Theoretical bound: R = ⌈keys / 1500⌉ requests need ⌈R / limit⌉ windows, so the last one cannot
 * be accepted before (⌈R / limit⌉ − 1) × window after the first. Efficiency = bound / actual.
 * The server counts every key of every accepted request: lost (never accepted), doubled (accepted
 * more than once) and unexpected (not in the input) must all be 0.
 *
 * Contrast (measured, not fixed): the official client in a plain sequential chunk loop, which has
 * no 429 handling.
 */
export interface BulkRun {
  ms: number;
  boundMs: number;
  efficiency: number;
  requests: number;
  rejected429: number;
  retries: number;
  maxInflight: number;
  maxKeysPerRequest: number;
  lost: number;
  doubled: number;
  unexpected: number;
  added: number;
}

export interface BulkResult {
  keys: number;
  limit: number;
  windowMs: number;
  runs: BulkRun[];
  official: { requestsAccepted: number; keysWritten: number; stoppedBy: string };
  ok: boolean;
}

interface ServerStats {
  accepted: number;
  rejected: number;
  maxInflight: number;
  maxKeysPerRequest: number;
  lost: number;
  doubled: number;
  unexpected: number;
  distinctKeys: number;
}

/**
 * The fastest any client can finish: ⌈keys / chunk⌉ requests, `limit` per fixed window starting at
 * the first request, so the last request cannot be accepted before the start of window ⌈R / limit⌉ − 1.
 */
export function bulkBoundMs(keys: number, chunk: number, limit: number, windowMs: number): number {
  const requests = Math.ceil(keys / chunk);
  return (Math.ceil(requests / limit) - 1) * windowMs;
}

export async function measureBulk(keys: number, limit: number, windowMs: number, runs: number): Promise<BulkResult> {
  const server = await startLoopbackServer(["--mode=ratelimit", `--limit=${limit}`, `--window=${windowMs}`]);
  const prefix = "device-";
  const input = Array.from({ length: keys }, (_, i) => `${prefix}${i}`);
  const boundMs = bulkBoundMs(keys, MAX_BULK_CHUNK_SIZE, limit, windowMs);
  try {
    const results: BulkRun[] = [];
    for (let i = 0; i < runs; i++) {
      await server.reset();
      let retries = 0;
      const client = createClient({ apiKey: "api-bench", baseUrl: server.baseUrl, retry: { onRetry: (_e: RetryEvent) => void retries++ } });
      const started = performance.now();
      const result = await updateBigSegmentTargetsInBulk(client, {
        projectKey: "default",
        environmentKey: "production",
        segmentKey: "enterprise-devices",
        target: "included",
        add: input,
        signal: AbortSignal.timeout(120_000),
      });
      const ms = performance.now() - started;
      const s = await server.stats<ServerStats>({ prefix, count: keys });
      results.push({
        ms,
        boundMs,
        efficiency: boundMs / ms,
        requests: s.accepted,
        rejected429: s.rejected,
        retries,
        maxInflight: s.maxInflight,
        maxKeysPerRequest: s.maxKeysPerRequest,
        lost: s.lost,
        doubled: s.doubled,
        unexpected: s.unexpected,
        added: result.added,
      });
      log(`bulk run ${i + 1}: ${(ms / 1000).toFixed(2)} s (bound ${(boundMs / 1000).toFixed(2)} s), lost ${s.lost}, doubled ${s.doubled}`);
    }

    // Contrast: the official client, sequential chunks, no retry layer of its own.
    await server.reset();
    const segments = new SegmentsApi(new Configuration({ apiKey: "api-bench", basePath: server.baseUrl }));
    let stoppedBy = "finished";
    for (let i = 0; i < keys; i += MAX_BULK_CHUNK_SIZE) {
      try {
        await segments.updateBigSegmentContextTargets(
          "default",
          "production",
          "enterprise-devices",
          { included: { add: input.slice(i, i + MAX_BULK_CHUNK_SIZE) } },
          { timeout: 10_000 },
        );
      } catch (error) {
        const status = (error as { response?: { status?: number } }).response?.status;
        stoppedBy = `${(error as Error).name ?? "Error"} ${status ?? (error as Error).message}`;
        break;
      }
    }
    const o = await server.stats<ServerStats>({ prefix, count: keys });
    const ok = results.every((r) => r.lost === 0 && r.doubled === 0 && r.unexpected === 0 && r.added === keys);
    return { keys, limit, windowMs, runs: results, official: { requestsAccepted: o.accepted, keysWritten: o.distinctKeys, stoppedBy }, ok };
  } finally {
    await server.stop();
  }
}
