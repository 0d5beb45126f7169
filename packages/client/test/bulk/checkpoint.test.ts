import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createClient, updateBigSegmentTargetsInBulk, ValidationError, type BulkCheckpoint, type LdkitClient } from "../../src/index.js";
import { targetsEndpoint } from "../support/big-segment-ledger.js";
import { startRecordingServer, type RecordingServer } from "../support/recording-server.js";

const where = { projectKey: "p", environmentKey: "e", segmentKey: "big" };
const scope = { ...where, target: "included", users: false } as const;
const keys = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i + 1}`);

let server: RecordingServer;
let client: LdkitClient;
beforeAll(async () => {
  server = await startRecordingServer();
  client = createClient({ apiKey: "api-checkpoint", baseUrl: server.baseUrl, retry: false });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

describe("a checkpoint saved to disk", () => {
  it("resumes in a later run: confirmed keys are skipped, pending ones sent first, then the rest", async () => {
    // A checkpoint file as written by a run that stopped, kept verbatim: its digests must keep matching the
    // same input, or every saved checkpoint would be refused after an upgrade. (Both digests have a lane
    // with a leading zero digit.)
    const saved = `{"version":1,"scope":{"projectKey":"p","environmentKey":"e","segmentKey":"big","target":"included","users":false},
      "remove":{"consumed":23,"confirmed":20,"pending":["old-21","old-22","old-23"],"digest":"23429be2098d6a80"},
      "add":{"consumed":18,"confirmed":18,"pending":[],"digest":"0f19ef7d970d3f2b"}}`;
    const { ledger, handle } = targetsEndpoint(() => "apply");
    server.respond(handle);
    const result = await updateBigSegmentTargetsInBulk(client, {
      ...where,
      target: "included",
      remove: keys("old", 23),
      add: keys("key", 25),
      checkpoint: JSON.parse(saved) as BulkCheckpoint,
    });
    expect(result).toMatchObject({ removed: 23, added: 25, requests: 2 });
    expect(server.requests.map((r) => JSON.parse(r.body) as unknown)).toEqual([
      { included: { remove: ["old-21", "old-22", "old-23"] } },
      { included: { add: keys("key", 25).slice(18) } },
    ]);
    expect(ledger.applied.size).toBe(10);
  });

  it("is refused for an input that differs in one key of the same length", async () => {
    const { handle } = targetsEndpoint(() => "apply");
    server.respond(handle);
    const first = await updateBigSegmentTargetsInBulk(client, { ...where, target: "included", add: ["ab", "cd"] });
    for (const add of [
      ["ab", "ce"],
      ["ba", "cd"],
      ["cd", "ab"],
    ]) {
      const error = await updateBigSegmentTargetsInBulk(client, { ...where, target: "included", add, checkpoint: first.checkpoint }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ field: "add", rule: expect.stringMatching(/^differs from the input of the checkpointed run/) });
    }
    expect(server.requests).toHaveLength(1);
  });
});

describe("a resumed input is checked against the checkpoint before anything is sent", () => {
  async function* stream(keys: readonly string[]) {
    yield* keys;
  }

  it.each<[string, () => Iterable<string> | AsyncIterable<string>, { field: string; rule: string }]>([
    [
      "an input shorter than what was consumed",
      () => keys("key", 3),
      { field: "add", rule: "has 3 keys but the checkpointed run had already consumed 4: it is not the same input" },
    ],
    [
      "a stream with a bad key among the consumed ones",
      () => stream(["key-1", "", "key-3", "key-4"]),
      { field: "add[1]", rule: "must be a non-empty string key" },
    ],
    [
      "a different input of the same length",
      () => keys("other", 4),
      { field: "add", rule: "differs from the input of the checkpointed run in its first 4 keys; pass the same keys in the same order" },
    ],
  ])("%s", async (_name, add, { field, rule }) => {
    const { handle } = targetsEndpoint(() => "apply");
    server.respond(handle);
    const { checkpoint } = await updateBigSegmentTargetsInBulk(client, { ...where, target: "included", add: keys("key", 4) });
    server.requests.length = 0;
    const error = await updateBigSegmentTargetsInBulk(client, { ...where, target: "included", add: add(), checkpoint }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field, rule });
    expect(server.requests).toHaveLength(0);
  });
});

describe("a malformed checkpoint is a ValidationError before anything is sent", () => {
  const list = { consumed: 0, confirmed: 0, pending: [], digest: "811c9dc501000193" };
  const valid: BulkCheckpoint = { version: 1, scope, remove: list, add: list };
  const inconsistent = "is inconsistent: confirmed + pending must equal consumed";

  it.each<[string, unknown, { field: string; rule: string }]>([
    ["null", null, { field: "checkpoint", rule: "must be a checkpoint of version 1 (from BulkUpdateError.checkpoint)" }],
    [
      "another version",
      { ...valid, version: 2 },
      { field: "checkpoint", rule: "must be a checkpoint of version 1 (from BulkUpdateError.checkpoint)" },
    ],
    [
      "no scope",
      { ...valid, scope: undefined },
      { field: "checkpoint.scope.projectKey", rule: 'belongs to another update (undefined, this run: "p")' },
    ],
    [
      "another segment",
      { ...valid, scope: { ...scope, segmentKey: "other" } },
      { field: "checkpoint.scope.segmentKey", rule: 'belongs to another update ("other", this run: "big")' },
    ],
    ["a missing list", { ...valid, remove: undefined }, { field: "checkpoint.remove", rule: "is missing" }],
    ["a null list", { ...valid, remove: null }, { field: "checkpoint.remove", rule: "is missing" }],
    ["a list that is a string", { ...valid, remove: "old-1" }, { field: "checkpoint.remove", rule: "is missing" }],
    [
      "a negative consumed count",
      { ...valid, remove: { ...list, consumed: -1 } },
      { field: "checkpoint.remove.consumed", rule: "must be a non-negative integer" },
    ],
    [
      "a fractional consumed count",
      { ...valid, remove: { ...list, consumed: 1.5 } },
      { field: "checkpoint.remove.consumed", rule: "must be a non-negative integer" },
    ],
    [
      "pending keys that are not an array",
      { ...valid, remove: { ...list, consumed: 1, pending: "old-1" } },
      { field: "checkpoint.remove.pending", rule: "must be an array of keys" },
    ],
    [
      "an empty pending key",
      { ...valid, remove: { ...list, consumed: 1, pending: [""] } },
      { field: "checkpoint.remove.pending", rule: "must be an array of keys" },
    ],
    [
      "a pending key that is not a string",
      { ...valid, remove: { ...list, consumed: 1, pending: [5] } },
      { field: "checkpoint.remove.pending", rule: "must be an array of keys" },
    ],
    [
      "more pending keys than consumed",
      { ...valid, remove: { ...list, consumed: 1, confirmed: -1, pending: ["old-1", "old-2"] } },
      { field: "checkpoint.remove", rule: inconsistent },
    ],
    [
      "a confirmed count that does not add up",
      { ...valid, remove: { ...list, consumed: 2, confirmed: 2, pending: ["old-2"] } },
      { field: "checkpoint.remove", rule: inconsistent },
    ],
    [
      "a missing digest",
      { ...valid, remove: { ...list, digest: undefined } },
      { field: "checkpoint.remove.digest", rule: "must be a string" },
    ],
    [
      "a digest of the add list that is not a string",
      { ...valid, add: { ...list, digest: 5 } },
      { field: "checkpoint.add.digest", rule: "must be a string" },
    ],
  ])("%s", async (_name, checkpoint, { field, rule }) => {
    const { handle } = targetsEndpoint(() => "apply");
    server.respond(handle);
    const error = await updateBigSegmentTargetsInBulk(client, {
      ...where,
      target: "included",
      add: ["key-1"],
      remove: ["old-1", "old-2"],
      checkpoint: checkpoint as BulkCheckpoint,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field, rule, message: `Invalid ${field}: ${rule}` });
    expect(server.requests).toHaveLength(0);
  });

  it("the valid base of the table is accepted", async () => {
    const { handle } = targetsEndpoint(() => "apply");
    server.respond(handle);
    const result = await updateBigSegmentTargetsInBulk(client, { ...where, target: "included", add: ["key-1"], checkpoint: valid });
    expect(result).toMatchObject({ added: 1, removed: 0, requests: 1 });
  });
});
