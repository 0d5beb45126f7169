import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  APIUserAbortError,
  BulkUpdateError,
  createClient,
  InternalServerError,
  updateBigSegmentTargetsInBulk,
  ValidationError,
  type BulkCheckpoint,
  type BulkProgress,
  type BulkTargetsOptions,
  type LdkitClient,
} from "../../src/index.js";
import { targetsEndpoint, type TargetsAction } from "../support/big-segment-ledger.js";
import { startRecordingServer, type RecordingServer } from "../support/recording-server.js";

const N = 100_000;
const KEYS = Array.from({ length: N }, (_, i) => `ctx-${i}`);
const where = { projectKey: "p", environmentKey: "e", segmentKey: "big" };

let server: RecordingServer;
let client: LdkitClient;
beforeAll(async () => {
  server = await startRecordingServer();
  client = createClient({ apiKey: "api-bulk", baseUrl: server.baseUrl, retry: false });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

/** Installs a fresh targets endpoint; every request is applied unless `decide` says otherwise. */
function endpoint(decide: (n: number) => TargetsAction = () => "apply", onHang?: Parameters<typeof targetsEndpoint>[1]) {
  const { ledger, handle } = targetsEndpoint(decide, onHang);
  server.respond(handle);
  return ledger;
}

/** An async generator of the keys, as a stream would deliver them (re-created for each run). */
async function* stream(keys: readonly string[]) {
  for (const key of keys) yield key;
}

async function failure(promise: Promise<unknown>): Promise<BulkUpdateError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(BulkUpdateError);
    return error as BulkUpdateError;
  }
  throw new Error("expected the bulk update to fail");
}

/** The checkpoint as it would come back from disk. */
const roundTrip = (c: BulkCheckpoint): BulkCheckpoint => JSON.parse(JSON.stringify(c)) as BulkCheckpoint;

function expectEachKeyOnce(applied: Map<string, number>, keys: readonly string[] = KEYS) {
  expect(applied.size).toBe(keys.length);
  expect([...applied].filter(([, n]) => n !== 1)).toEqual([]);
  expect(keys.filter((key) => !applied.has(key))).toEqual([]);
}

describe("updateBigSegmentTargetsInBulk", () => {
  it("sends 100,000 keys in chunks of at most 1,500 and reports progress", async () => {
    const ledger = endpoint();
    const progress: BulkProgress[] = [];
    const result = await updateBigSegmentTargetsInBulk(client, {
      ...where,
      target: "included",
      add: KEYS,
      onProgress: (p) => progress.push(p),
    });
    expectEachKeyOnce(ledger.applied);
    expect(ledger.chunkSizes).toHaveLength(67);
    expect(Math.max(...ledger.chunkSizes)).toBe(1_500);
    expect(ledger.chunkSizes.reduce((a, b) => a + b)).toBe(N);
    expect(new Set(ledger.operations)).toEqual(new Set(["included.add"]));
    expect(new Set(ledger.paths)).toEqual(new Set(["/api/v2/segments/p/e/big/contexts"]));
    expect(result).toMatchObject({ added: N, removed: 0, requests: 67 });
    expect(result.checkpoint.add).toMatchObject({ consumed: N, confirmed: N, pending: [] });
    expect(progress).toHaveLength(67);
    expect(progress.at(-1)).toMatchObject({ list: "add", confirmed: N, consumed: N, requests: 67 });
    expect(progress.every((p, i) => i === 0 || p.confirmed > progress[i - 1]!.confirmed)).toBe(true);
  });

  it("killed midway by a failing server, then resumed from the checkpoint: every key exactly once", async () => {
    // run 1: the server fails every request from the 21st on
    const ledger = endpoint((n) => (n < 20 ? "apply" : "fail"));
    const error = await failure(updateBigSegmentTargetsInBulk(client, { ...where, target: "included", add: stream(KEYS) }));
    expect(error.cause).toBeInstanceOf(InternalServerError);
    const checkpoint = roundTrip(error.checkpoint);
    expect(checkpoint.add.confirmed).toBe(20 * 1_500);
    expect(checkpoint.add.confirmed).toBe(ledger.applied.size);
    expect(checkpoint.add.pending).toHaveLength(checkpoint.add.consumed - checkpoint.add.confirmed);
    expect(checkpoint.add.pending.every((k) => !ledger.applied.has(k))).toBe(true);
    expect(checkpoint.add.consumed).toBeLessThan(N);
    expect(error.message).toMatch(/30000 key\(s\) confirmed/);
    const run1 = new Map(ledger.applied);

    // run 2: a healthy server; the same input (a fresh stream) and the checkpoint
    const ledger2 = endpoint();
    const result = await updateBigSegmentTargetsInBulk(client, { ...where, target: "included", add: stream(KEYS), checkpoint });
    expect(result.added).toBe(N);
    expect(result.checkpoint.add).toMatchObject({ consumed: N, confirmed: N, pending: [] });
    // the first requests of run 2 carry the pending keys
    expect(ledger2.applied.has(checkpoint.add.pending[0]!)).toBe(true);
    expect([...run1.keys()].filter((key) => ledger2.applied.has(key))).toEqual([]);
    const both = new Map(run1);
    for (const [key, n] of ledger2.applied) both.set(key, (both.get(key) ?? 0) + n);
    expectEachKeyOnce(both);
  });

  it("aborted through its signal, then resumed: every key exactly once", async () => {
    const controller = new AbortController();
    // run 1: from the 31st request on the server holds requests; once both in-flight requests hang, abort
    const ledger = endpoint(
      (n) => (n < 30 ? "apply" : "hang"),
      (l) => {
        if (l.hanging === 2) setImmediate(() => controller.abort());
      },
    );
    const error = await failure(
      updateBigSegmentTargetsInBulk(client, { ...where, target: "excluded", add: stream(KEYS), signal: controller.signal }),
    );
    expect(error.cause).toBeInstanceOf(APIUserAbortError);
    const checkpoint = roundTrip(error.checkpoint);
    expect(checkpoint.add.confirmed).toBe(30 * 1_500);
    expect(checkpoint.add.pending).toHaveLength(2 * 1_500);
    const run1 = new Map(ledger.applied);

    const ledger2 = endpoint();
    await updateBigSegmentTargetsInBulk(client, { ...where, target: "excluded", add: stream(KEYS), checkpoint });
    const both = new Map(run1);
    for (const [key, n] of ledger2.applied) both.set(key, (both.get(key) ?? 0) + n);
    expectEachKeyOnce(both);
    expect(new Set(ledger2.operations)).toEqual(new Set(["excluded.add"]));
  });

  it("a request whose outcome is unknown stays pending and is sent again — the only keys received twice", async () => {
    // the 11th request is applied, but the connection is reset before the answer: the client cannot know
    const ledger = endpoint((n) => (n === 10 ? "apply-then-reset" : "apply"));
    const error = await failure(updateBigSegmentTargetsInBulk(client, { ...where, target: "included", add: KEYS, concurrency: 1 }));
    const checkpoint = roundTrip(error.checkpoint);
    expect(ledger.ambiguous).toHaveLength(1);
    expect(checkpoint.add.pending).toEqual(ledger.ambiguous[0]);
    const run1 = new Map(ledger.applied);

    const ledger2 = endpoint();
    await updateBigSegmentTargetsInBulk(client, { ...where, target: "included", add: KEYS, checkpoint });
    const both = new Map(run1);
    for (const [key, n] of ledger2.applied) both.set(key, (both.get(key) ?? 0) + n);
    expect(both.size).toBe(N);
    const twice = [...both].filter(([, n]) => n > 1).map(([k]) => k);
    expect(twice).toEqual(ledger.ambiguous[0]);
    expect([...both.values()].every((n) => n === 1 || n === 2)).toBe(true);
  });

  it("a checkpoint persisted from onProgress before the process dies loses nothing", async () => {
    const controller = new AbortController();
    let persisted: string | undefined;
    const ledger = endpoint();
    await failure(
      updateBigSegmentTargetsInBulk(client, {
        ...where,
        target: "included",
        add: KEYS,
        concurrency: 3,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.requests === 25) {
            persisted = JSON.stringify(p.checkpoint());
            controller.abort(); // the process "dies" right after saving
          }
        },
      }),
    );
    const checkpoint = JSON.parse(persisted!) as BulkCheckpoint;
    const run1 = new Map(ledger.applied);
    const ledger2 = endpoint();
    await updateBigSegmentTargetsInBulk(client, { ...where, target: "included", add: KEYS, checkpoint });
    const both = new Map(run1);
    for (const [key, n] of ledger2.applied) both.set(key, (both.get(key) ?? 0) + n);
    expect(both.size).toBe(N);
    // keys sent twice can only be keys that were pending (in flight) when the checkpoint was taken
    const pending = new Set(checkpoint.add.pending);
    expect([...both].filter(([k, n]) => n > 1 && !pending.has(k))).toEqual([]);
  });

  it("removes before it adds, and uses the user endpoint with users: true", async () => {
    const ledger = endpoint();
    const add = KEYS.slice(0, 4_000);
    const remove = KEYS.slice(4_000, 7_000);
    const result = await updateBigSegmentTargetsInBulk(client, {
      ...where,
      target: "included",
      users: true,
      add,
      remove,
      chunkSize: 1_000,
      concurrency: 4,
    });
    expect(result).toMatchObject({ added: 4_000, removed: 3_000, requests: 7 });
    expect(ledger.operations).toEqual([...Array(3).fill("included.remove"), ...Array(4).fill("included.add")]);
    expect(new Set(ledger.paths)).toEqual(new Set(["/api/v2/segments/p/e/big/users"]));
    expectEachKeyOnce(ledger.applied, [...add, ...remove]);
  });

  it("an onProgress that throws stops the run with an exact checkpoint", async () => {
    const ledger = endpoint();
    const boom = new Error("disk full");
    const error = await failure(
      updateBigSegmentTargetsInBulk(client, {
        ...where,
        target: "included",
        add: KEYS.slice(0, 20_000),
        chunkSize: 1_000,
        concurrency: 3,
        onProgress: (p) => {
          if (p.requests === 5) throw boom;
        },
      }),
    );
    expect(error.cause).toBe(boom);
    // requests still in flight settled before the error: the checkpoint matches what the server applied
    expect(error.checkpoint.add.confirmed).toBe(ledger.applied.size);
    expect(error.checkpoint.add.pending.filter((k) => ledger.applied.has(k))).toEqual([]);
  });

  it("keeps at most `concurrency` requests in flight", async () => {
    endpoint();
    let active = 0;
    let most = 0;
    const counting = createClient({
      apiKey: "api-bulk",
      baseUrl: server.baseUrl,
      retry: false,
      fetch: async (input, init) => {
        most = Math.max(most, ++active);
        try {
          return await fetch(input, init);
        } finally {
          active--;
        }
      },
    });
    await updateBigSegmentTargetsInBulk(counting, {
      ...where,
      target: "included",
      add: KEYS.slice(0, 30_000),
      chunkSize: 500,
      concurrency: 3,
    });
    expect(most).toBe(3);
  });
});

describe("rejected before anything is sent", () => {
  const checkpointOf = async (add: readonly string[], options: Partial<BulkTargetsOptions> = {}) => {
    endpoint((n) => (n < 2 ? "apply" : "fail"));
    const error = await failure(
      updateBigSegmentTargetsInBulk(client, { ...where, target: "included", add, chunkSize: 100, concurrency: 1, ...options }),
    );
    server.requests.length = 0;
    return roundTrip(error.checkpoint);
  };

  it.each<[string, Partial<BulkTargetsOptions>, string]>([
    ["a chunk size over 1,500", { chunkSize: 1_501 }, "chunkSize"],
    ["a zero chunk size", { chunkSize: 0 }, "chunkSize"],
    ["a concurrency of 0", { concurrency: 0 }, "concurrency"],
    ["a concurrency over 8", { concurrency: 9 }, "concurrency"],
    ["an unknown target", { target: "both" as never }, "target"],
    ["an empty key in an array", { add: ["a", ""] }, "add[1]"],
    ["a non-string key", { remove: ["a", 7 as never] }, "remove[1]"],
    ["a string instead of a list", { add: "a,b" as never }, "add"],
    ["a bad checkpoint", { checkpoint: { version: 2 } as never }, "checkpoint"],
  ])("%s", async (_name, options, field) => {
    endpoint();
    let error: unknown;
    try {
      await updateBigSegmentTargetsInBulk(client, { ...where, target: "included", add: ["a"], ...options });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe(field);
    expect(server.requests).toHaveLength(0);
  });

  it("a checkpoint of another segment or list", async () => {
    const checkpoint = await checkpointOf(KEYS.slice(0, 1_000));
    for (const [options, field] of [
      [{ segmentKey: "other" }, "checkpoint.scope.segmentKey"],
      [{ target: "excluded" as const }, "checkpoint.scope.target"],
      [{ users: true }, "checkpoint.scope.users"],
    ] as const) {
      const error = await updateBigSegmentTargetsInBulk(client, {
        ...where,
        target: "included",
        add: KEYS.slice(0, 1_000),
        checkpoint,
        ...options,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).field).toBe(field);
    }
    expect(server.requests).toHaveLength(0);
  });

  it("an input that differs from the checkpointed one", async () => {
    const checkpoint = await checkpointOf(KEYS.slice(0, 1_000));
    const changed = [...KEYS.slice(0, 1_000)];
    changed[50] = "someone-else";
    for (const add of [changed, KEYS.slice(0, 100), KEYS.slice(1, 1_001), undefined]) {
      const error = await updateBigSegmentTargetsInBulk(client, {
        ...where,
        target: "included",
        ...(add ? { add } : {}),
        checkpoint,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).field).toBe("add");
    }
    expect(server.requests).toHaveLength(0);
  });

  it("a tampered checkpoint", async () => {
    const checkpoint = await checkpointOf(KEYS.slice(0, 1_000));
    const tampered = { ...checkpoint, add: { ...checkpoint.add, pending: checkpoint.add.pending.slice(1) } };
    const error = await updateBigSegmentTargetsInBulk(client, {
      ...where,
      target: "included",
      add: KEYS.slice(0, 1_000),
      checkpoint: tampered,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe("checkpoint.add");
    expect(server.requests).toHaveLength(0);
  });

  it("a bad key in a stream stops the run with a checkpoint that resumes once the input is fixed", async () => {
    const ledger = endpoint();
    const bad = [...KEYS.slice(0, 1_000), "", ...KEYS.slice(1_000, 2_000)];
    const error = await failure(
      updateBigSegmentTargetsInBulk(client, { ...where, target: "included", add: stream(bad), chunkSize: 300, concurrency: 1 }),
    );
    expect(error.cause).toBeInstanceOf(ValidationError);
    const run1 = new Map(ledger.applied);
    const ledger2 = endpoint();
    await updateBigSegmentTargetsInBulk(client, {
      ...where,
      target: "included",
      add: stream(KEYS.slice(0, 2_000)),
      chunkSize: 300,
      checkpoint: roundTrip(error.checkpoint),
    });
    const both = new Map(run1);
    for (const [key, n] of ledger2.applied) both.set(key, (both.get(key) ?? 0) + n);
    expectEachKeyOnce(both, KEYS.slice(0, 2_000));
  });
});
