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

  it("a resumed run that fails again still checkpoints every key it did not confirm", async () => {
    const input = KEYS.slice(0, 400);
    endpoint((n) => (n === 0 ? "apply" : "fail"));
    const first = roundTrip(
      (await failure(updateBigSegmentTargetsInBulk(client, { ...where, target: "included", add: input, chunkSize: 100, concurrency: 1 })))
        .checkpoint,
    );
    // run 1 stopped with keys 100–199 pending; run 2 resends them and forms new chunks next to them
    expect(first.add).toMatchObject({ consumed: 200, confirmed: 100, pending: input.slice(100, 200) });
    server.requests.length = 0;
    server.respond((req) =>
      req.body.includes('"ctx-300"') ? { status: 500, body: { code: "internal_server_error", message: "unavailable" } } : { status: 204 },
    );
    const second = await failure(
      updateBigSegmentTargetsInBulk(client, {
        ...where,
        target: "included",
        add: input,
        chunkSize: 100,
        concurrency: 3,
        checkpoint: first,
      }),
    );
    const sent = server.requests.map((r) => (JSON.parse(r.body) as { included: { add: string[] } }).included.add[0]);
    expect(sent.sort()).toEqual(["ctx-100", "ctx-200", "ctx-300"]);
    expect(second.checkpoint.add).toMatchObject({ consumed: 400, confirmed: 300, pending: input.slice(300, 400) });
  });

  it("an abort between requests (none in flight) still stops the run with a checkpoint", async () => {
    const controller = new AbortController();
    endpoint();
    const error = await failure(
      updateBigSegmentTargetsInBulk(client, {
        ...where,
        target: "included",
        add: KEYS.slice(0, 500),
        chunkSize: 100,
        concurrency: 1,
        signal: controller.signal,
        onProgress: () => controller.abort(),
      }),
    );
    expect(error.cause).toBeInstanceOf(APIUserAbortError);
    expect(error.checkpoint.add).toMatchObject({ consumed: 100, confirmed: 100, pending: [] });
    expect(server.requests).toHaveLength(1);
  });

  it.each<[string, { remove?: boolean }]>([
    ["with removals from an array first", { remove: true }],
    ["with additions only", {}],
  ])("a failed run closes the input streams, %s", async (_name, { remove }) => {
    endpoint((n) => (n < (remove ? 2 : 1) ? "apply" : "fail"));
    let closed = false;
    async function* keys() {
      try {
        yield* KEYS.slice(0, 1_000);
      } finally {
        closed = true;
      }
    }
    const error = await failure(
      updateBigSegmentTargetsInBulk(client, {
        ...where,
        target: "included",
        ...(remove ? { remove: ["old-1", "old-2"] } : {}),
        add: keys(),
        chunkSize: 100,
        concurrency: 1,
      }),
    );
    expect(error.cause).toBeInstanceOf(InternalServerError);
    expect(error.checkpoint.add).toMatchObject({ consumed: 200, confirmed: 100 });
    expect(closed).toBe(true);
  });

  it("a failed run with removals only is a BulkUpdateError too", async () => {
    endpoint((n) => (n < 1 ? "apply" : "fail"));
    const error = await failure(
      updateBigSegmentTargetsInBulk(client, { ...where, target: "excluded", remove: KEYS.slice(0, 300), chunkSize: 100, concurrency: 1 }),
    );
    expect(error.cause).toBeInstanceOf(InternalServerError);
    expect(error.checkpoint.remove).toMatchObject({ consumed: 200, confirmed: 100, pending: KEYS.slice(100, 200) });
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

  const notAList = "must be an array or (async) iterable of keys";
  it.each<[string, Partial<BulkTargetsOptions>, string, string]>([
    ["a chunk size over 1,500", { chunkSize: 1_501 }, "chunkSize", "must be an integer from 1 to 1500"],
    ["a zero chunk size", { chunkSize: 0 }, "chunkSize", "must be an integer from 1 to 1500"],
    ["a concurrency of 0", { concurrency: 0 }, "concurrency", "must be an integer from 1 to 8"],
    ["a concurrency over 8", { concurrency: 9 }, "concurrency", "must be an integer from 1 to 8"],
    ["an unknown target", { target: "both" as never }, "target", 'must be "included" or "excluded"'],
    ["an empty project key", { projectKey: "" }, "projectKey", "must be a non-empty string"],
    ["a numeric environment key", { environmentKey: 5 as never }, "environmentKey", "must be a non-empty string"],
    ["a missing segment key", { segmentKey: undefined as never }, "segmentKey", "must be a non-empty string"],
    ["an empty key in an array", { add: ["a", ""] }, "add[1]", "must be a non-empty string key"],
    ["a non-string key", { remove: ["a", 7 as never] }, "remove[1]", "must be a non-empty string key"],
    ["a string instead of a list", { add: "a,b" as never }, "add", notAList],
    ["null instead of a list", { remove: null as never }, "remove", notAList],
    ["an object that is not iterable", { add: { keys: ["a"] } as never }, "add", notAList],
    ["a number instead of a list", { add: 5 as never }, "add", notAList],
    [
      "a bad checkpoint",
      { checkpoint: { version: 2 } as never },
      "checkpoint",
      "must be a checkpoint of version 1 (from BulkUpdateError.checkpoint)",
    ],
  ])("%s", async (_name, options, field, rule) => {
    endpoint();
    let error: unknown;
    try {
      await updateBigSegmentTargetsInBulk(client, { ...where, target: "included", add: ["a"], ...options });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field, rule });
    expect(server.requests).toHaveLength(0);
  });

  it.each<[string, Partial<BulkTargetsOptions>, number]>([
    ["a chunk size of 1", { chunkSize: 1 }, 3],
    ["a concurrency of 8", { concurrency: 8, chunkSize: 1 }, 3],
    ["the largest chunk size", { chunkSize: 1_500 }, 1],
  ])("accepts %s", async (_name, options, requests) => {
    const ledger = endpoint();
    const result = await updateBigSegmentTargetsInBulk(client, { ...where, target: "included", add: ["a", "b", "c"], ...options });
    expect(result).toMatchObject({ added: 3, requests });
    expectEachKeyOnce(ledger.applied, ["a", "b", "c"]);
  });

  it("a checkpoint that consumed removals needs the remove input again", async () => {
    const checkpoint = roundTrip(
      (
        await failure(
          updateBigSegmentTargetsInBulk(client, { ...where, target: "included", remove: ["x"], add: ["a"], signal: AbortSignal.abort() }),
        )
      ).checkpoint,
    );
    const done = { ...checkpoint, remove: { ...checkpoint.remove, consumed: 1, confirmed: 1 } };
    const error = await updateBigSegmentTargetsInBulk(client, { ...where, target: "included", add: ["a"], checkpoint: done }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field: "remove", rule: "is required: the checkpoint says 1 of its keys were already consumed" });
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
    // the message counts keys from the start of the input, 1-based: "" is key #1001
    expect(error.cause).toMatchObject({ field: "add key #1001", rule: "must be a non-empty string key" });
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
