import { APIUserAbortError, ValidationError } from "../errors.js";
import type { LdkitClient } from "../create-client.js";
import { BulkUpdateError } from "./bulk-update-error.js";
import { KeyDigest, validateCheckpoint, type BulkCheckpoint, type BulkScope } from "./checkpoint.js";

/**
 * The most keys ldkit puts in one big segment targets request.
 * @example
 * updateBigSegmentTargetsInBulk(client, { ...options, chunkSize: MAX_BULK_CHUNK_SIZE });
 */
export const MAX_BULK_CHUNK_SIZE = 1500;
/**
 * The most requests a bulk update keeps in flight.
 * @example
 * updateBigSegmentTargetsInBulk(client, { ...options, concurrency: MAX_BULK_CONCURRENCY });
 */
export const MAX_BULK_CONCURRENCY = 8;

/**
 * Keys to add or remove: an array, or any (async) iterable of key strings — a generator, a
 * `readline` interface (one key per line), an object-mode stream. A plain byte stream is not a
 * source of keys: split it into lines first.
 * @example
 * const keys: KeySource = createInterface({ input: createReadStream("./keys.txt") });
 */
export type KeySource = Iterable<string> | AsyncIterable<string>;

/**
 * Progress of a bulk update, reported after every confirmed request.
 * @example
 * const onProgress = (p: BulkProgress) => console.log(`${p.list}: ${p.confirmed} confirmed`);
 */
export interface BulkProgress {
  /** The list the confirmed request belonged to (removals run first, then additions). */
  list: "add" | "remove";
  /** Keys of that list confirmed so far, previous runs included. */
  confirmed: number;
  /** Keys of that list taken from the input so far, previous runs included. */
  consumed: number;
  /** Requests confirmed in this run. */
  requests: number;
  /**
   * A checkpoint as of now, to persist if the process may die before the call returns. Resuming
   * from it never loses a key. Keys of requests still in flight at this moment are pending in it,
   * and keys confirmed after it was taken are past its `consumed` count: a rerun from it sends both
   * again (safe: add/remove is idempotent). The fresher the checkpoint, the less is re-sent.
   */
  checkpoint: () => BulkCheckpoint;
}

/**
 * Options of {@link updateBigSegmentTargetsInBulk}.
 * @example
 * const options: BulkTargetsOptions = { projectKey: "default", environmentKey: "production", segmentKey: "devices", target: "included", add: ["d-1", "d-2"] };
 */
export interface BulkTargetsOptions {
  projectKey: string;
  environmentKey: string;
  segmentKey: string;
  /** Which list of the big segment to change. */
  target: "included" | "excluded";
  /** Keys to add to the target list. */
  add?: KeySource;
  /** Keys to remove from the target list (all removals are sent before any addition). */
  remove?: KeySource;
  /** Use the user variant, `updateBigSegmentTargets` (default: `updateBigSegmentContextTargets`). */
  users?: boolean;
  /** Keys per request, 1–1500 (default 1500). */
  chunkSize?: number;
  /** Requests in flight at once, 1–8 (default 2). */
  concurrency?: number;
  /** Called after every confirmed request. If it throws, the run stops like on a failed request (with a checkpoint). */
  onProgress?: (progress: BulkProgress) => void;
  /** Resume from the checkpoint of a previous run (its `BulkUpdateError.checkpoint`, possibly JSON round-tripped). */
  checkpoint?: BulkCheckpoint;
  /** Stops the update: requests in flight are cancelled and a `BulkUpdateError` carries the checkpoint. */
  signal?: AbortSignal;
}

/**
 * What a completed bulk update did.
 * @example
 * const { added, removed, requests }: BulkTargetsResult = await updateBigSegmentTargetsInBulk(client, options);
 */
export interface BulkTargetsResult {
  /** Keys added, previous runs included. */
  added: number;
  /** Keys removed, previous runs included. */
  removed: number;
  /** Requests sent and confirmed in this run. */
  requests: number;
  /** The final checkpoint: everything consumed is confirmed, nothing pending. */
  checkpoint: BulkCheckpoint;
}

interface ListState {
  consumed: number;
  confirmed: number;
  digest: KeyDigest;
  /** Unconfirmed chunks by id, in the order they were formed. */
  pending: Map<number, string[]>;
}

/**
 * Adds and removes any number of keys on a big segment's included or excluded list, in chunks of at
 * most 1 500 keys per request (`updateBigSegmentContextTargets`, or `updateBigSegmentTargets` with
 * `users: true`), with bounded concurrency. Removals are all sent before additions.
 *
 * **Checkpoints.** Every key taken from the input is, at any moment, either *confirmed* (its request
 * was answered 2xx) or *pending* (its request failed, is in flight, was interrupted — its outcome
 * unknown — or was not sent yet). When a request fails or `signal` aborts, no new request starts,
 * the ones in flight settle (or are cancelled by the abort), and a {@link BulkUpdateError} is thrown
 * whose `checkpoint` records, per list, how many input keys were consumed, a fingerprint of them,
 * and the pending keys. Rerun with the same `add`/`remove` input and `checkpoint`: the consumed keys
 * are skipped (the fingerprint must match, else a `ValidationError` is thrown before anything is
 * sent), pending keys are sent first, then the rest of the input. So a confirmed key is never sent
 * twice and no key is lost. A pending key may be sent twice — when its first request reached
 * LaunchDarkly but the answer was lost — which is safe because adding or removing a big segment
 * target is idempotent. Requests are POSTs: the client retries them only after a 429 or a refused
 * connection; any other failure stops the run with a checkpoint.
 * @example
 * import { createClient, updateBigSegmentTargetsInBulk, BulkUpdateError } from "@ldkit/client";
 * import { readFile, writeFile } from "node:fs/promises";
 * const client = createClient({ apiKey: process.env.LD_API_KEY! });
 * const keys = (await readFile("./device-keys.txt", "utf8")).split("\n").filter(Boolean);
 * const previous = await readFile("./checkpoint.json", "utf8").then(JSON.parse, () => undefined);
 * try {
 *   const result = await updateBigSegmentTargetsInBulk(client, {
 *     projectKey: "default", environmentKey: "production", segmentKey: "enterprise-devices",
 *     target: "included", add: keys, checkpoint: previous,
 *     onProgress: (p) => console.log(`${p.confirmed}/${keys.length}`),
 *   });
 *   console.log(`added ${result.added}`);
 * } catch (error) {
 *   if (error instanceof BulkUpdateError) await writeFile("./checkpoint.json", JSON.stringify(error.checkpoint));
 *   throw error;
 * }
 */
export async function updateBigSegmentTargetsInBulk(client: LdkitClient, options: BulkTargetsOptions): Promise<BulkTargetsResult> {
  const { projectKey, environmentKey, segmentKey, target, signal, onProgress } = options;
  const chunkSize = options.chunkSize ?? MAX_BULK_CHUNK_SIZE;
  const concurrency = options.concurrency ?? 2;
  if (target !== "included" && target !== "excluded") throw new ValidationError("target", 'must be "included" or "excluded"');
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > MAX_BULK_CHUNK_SIZE) {
    throw new ValidationError("chunkSize", `must be an integer from 1 to ${MAX_BULK_CHUNK_SIZE}`);
  }
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_BULK_CONCURRENCY) {
    throw new ValidationError("concurrency", `must be an integer from 1 to ${MAX_BULK_CONCURRENCY}`);
  }
  for (const key of ["projectKey", "environmentKey", "segmentKey"] as const) {
    if (typeof options[key] !== "string" || options[key] === "") throw new ValidationError(key, "must be a non-empty string");
  }
  const scope: BulkScope = { projectKey, environmentKey, segmentKey, target, users: options.users === true };
  const prior = options.checkpoint === undefined ? undefined : validateCheckpoint(options.checkpoint, scope);
  const sources = { remove: options.remove, add: options.add };
  for (const list of ["remove", "add"] as const) {
    const source = sources[list];
    if (source === undefined) continue;
    // (a string is not an object: it is rejected, not iterated character by character)
    if (source === null || typeof source !== "object" || !(Symbol.iterator in source || Symbol.asyncIterator in source)) {
      throw new ValidationError(list, "must be an array or (async) iterable of keys");
    }
    if (Array.isArray(source))
      source.forEach((key, i) => {
        checkKey(key, `${list}[${i}]`);
      });
  }

  const state = { remove: newState(prior?.remove, chunkSize), add: newState(prior?.add, chunkSize) };
  const snapshot = (): BulkCheckpoint => ({ version: 1, scope: { ...scope }, remove: view(state.remove), add: view(state.add) });
  const send = scope.users ? client.updateBigSegmentTargets : client.updateBigSegmentContextTargets;
  let requests = 0;

  // Skip the consumed prefix of both inputs — and check it is the same input — before sending anything.
  const iterators = {
    remove: await skipConsumed("remove", sources.remove, prior?.remove, state.remove),
    add: await skipConsumed("add", sources.add, prior?.add, state.add),
  };

  try {
    for (const list of ["remove", "add"] as const) {
      const st = state[list];
      const iterator = iterators[list];
      let nextId = st.pending.size;
      const queued = [...st.pending.keys()];
      const nextChunk = async (): Promise<number | undefined> => {
        const id = queued.shift();
        if (id !== undefined) return id;
        if (!iterator) return undefined;
        const keys: string[] = [];
        while (keys.length < chunkSize) {
          const r = await iterator.next();
          if (r.done) break;
          keys.push(checkKey(r.value, `${list} key #${st.consumed + keys.length + 1}`));
        }
        if (keys.length === 0) return undefined;
        for (const key of keys) st.digest.update(key);
        st.consumed += keys.length;
        st.pending.set(nextId, keys);
        return nextId++;
      };

      const inflight = new Set<Promise<void>>();
      let failure: { error: unknown } | undefined;
      while (!failure && !signal?.aborted) {
        const id = await nextChunk();
        if (id === undefined) break;
        const keys = st.pending.get(id)!;
        const request = send({
          projectKey,
          environmentKey,
          segmentKey,
          body: { [target]: { [list]: keys } },
          ...(signal ? { signal } : {}),
        }).then(
          () => {
            st.pending.delete(id);
            st.confirmed += keys.length;
            requests++;
            try {
              onProgress?.({ list, confirmed: st.confirmed, consumed: st.consumed, requests, checkpoint: snapshot });
            } catch (error) {
              failure ??= { error };
            }
          },
          (error: unknown) => {
            failure ??= { error };
          },
        );
        const tracked: Promise<void> = request.finally(() => inflight.delete(tracked));
        inflight.add(tracked);
        if (inflight.size >= concurrency) await Promise.race(inflight);
      }
      await Promise.all(inflight);
      if (failure) throw failure.error;
      if (signal?.aborted) throw new APIUserAbortError();
    }
  } catch (error) {
    await Promise.all([iterators.remove?.return?.(), iterators.add?.return?.()]).catch(() => undefined);
    throw new BulkUpdateError(error, snapshot());
  }
  return { added: state.add.confirmed, removed: state.remove.confirmed, requests, checkpoint: snapshot() };
}

function newState(prior: BulkCheckpoint["add"] | undefined, chunkSize: number): ListState {
  // The previous run's pending keys become the first chunks of this run.
  const pending = new Map<number, string[]>();
  const keys = prior?.pending ?? [];
  for (let i = 0; i < keys.length; i += chunkSize) pending.set(pending.size, keys.slice(i, i + chunkSize));
  return { consumed: prior?.consumed ?? 0, confirmed: prior?.confirmed ?? 0, digest: new KeyDigest(), pending };
}

function view(st: ListState): BulkCheckpoint["add"] {
  return { consumed: st.consumed, confirmed: st.confirmed, pending: [...st.pending.values()].flat(), digest: st.digest.toString() };
}

async function skipConsumed(
  list: "add" | "remove",
  source: KeySource | undefined,
  prior: BulkCheckpoint["add"] | undefined,
  st: ListState,
): Promise<AsyncIterator<string> | Iterator<string> | undefined> {
  const iterator =
    source === undefined ? undefined : Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  const consumed = prior?.consumed ?? 0;
  if (consumed === 0) return iterator;
  if (!iterator) throw new ValidationError(list, `is required: the checkpoint says ${consumed} of its keys were already consumed`);
  for (let i = 0; i < consumed; i++) {
    const r = await iterator.next();
    if (r.done)
      throw new ValidationError(list, `has ${i} keys but the checkpointed run had already consumed ${consumed}: it is not the same input`);
    st.digest.update(checkKey(r.value, `${list}[${i}]`));
  }
  if (st.digest.toString() !== prior!.digest) {
    throw new ValidationError(
      list,
      `differs from the input of the checkpointed run in its first ${consumed} keys; pass the same keys in the same order`,
    );
  }
  return iterator;
}

function checkKey(key: unknown, where: string): string {
  if (typeof key !== "string" || key === "") throw new ValidationError(where, "must be a non-empty string key");
  return key;
}
