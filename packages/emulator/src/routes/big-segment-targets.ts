import { apiErrors } from "../http/api-error.js";
import type { OperationRequest, RouteTable } from "../http/operation-request.js";
import { empty, json } from "../http/responses.js";
import type { Runtime } from "../runtime/runtime.js";
import type { LiveBigTargets, SegmentAddress, Store } from "../state/store.js";
import { segmentAddress } from "./address.js";

type List = "included" | "excluded";
type Change = { list: List; add: boolean; keys: readonly string[] };

/**
 * The big segment a request addresses; a standard segment is a `400` (these operations "do not
 * support standard segments").
 * @example
 * const { address, targets } = bigSegment(rt.store, req);
 */
export function bigSegment(store: Store, req: OperationRequest): { address: SegmentAddress; targets: LiveBigTargets } {
  const address = segmentAddress(req);
  const entry = store.entry(address);
  if (!entry.segment.unbounded)
    throw apiErrors.badRequest(
      `Segment "${address.segmentKey}" is not a big segment (unbounded: true); this operation does not support standard segments`,
    );
  return { address, targets: store.bigTargets(address) };
}

/**
 * Applies target changes to a big segment's live lists, in order, and bumps the metadata version.
 * Callers validate first (a key may be in at most one list), so this cannot fail.
 * @example
 * commitBigTargetChanges(targets, [{ list: "included", add: true, keys: ["u-1"] }], Date.now());
 */
export function commitBigTargetChanges(targets: LiveBigTargets, changes: readonly Change[], now: number): void {
  if (changes.length === 0) return;
  for (const { list, add, keys } of changes) {
    const set = targets[list];
    for (const key of keys) {
      if (add) set.add(key);
      else set.delete(key);
    }
  }
  targets.version++;
  targets.lastModified = now;
}

function updateTargets(req: OperationRequest, rt: Runtime): Response {
  const { targets } = bigSegment(rt.store, req);
  const body = req.body as { included?: { add?: string[]; remove?: string[] }; excluded?: { add?: string[]; remove?: string[] } };
  const changes: Change[] = [];
  for (const list of ["included", "excluded"] as const) {
    if (body[list]?.remove?.length) changes.push({ list, add: false, keys: body[list]!.remove! });
  }
  for (const list of ["included", "excluded"] as const) {
    if (body[list]?.add?.length) changes.push({ list, add: true, keys: body[list]!.add! });
  }
  // A key is in at most one list: refuse adding one that is (or stays) in the other.
  const removed = { included: new Set(body.included?.remove ?? []), excluded: new Set(body.excluded?.remove ?? []) };
  const added = { included: new Set(body.included?.add ?? []), excluded: new Set(body.excluded?.add ?? []) };
  for (const [list, other] of [
    ["included", "excluded"],
    ["excluded", "included"],
  ] as const) {
    for (const key of added[list]) {
      if (added[other].has(key) || (targets[other].has(key) && !removed[other].has(key))) {
        throw apiErrors.badRequest(`Context key "${key}" cannot be both included and excluded; remove it from ${other} first`);
      }
    }
  }
  commitBigTargetChanges(targets, changes, rt.clock.now());
  return empty(204);
}

function membership(key: string) {
  return (req: OperationRequest, rt: Runtime): Response => {
    const { targets } = bigSegment(rt.store, req);
    const value = req.params[key]!;
    return json(200, { userKey: value, included: targets.included.has(value), excluded: targets.excluded.has(value) });
  };
}

/**
 * Big segment targets: add and remove keys (contexts or users) and look one key up (O(1), `Set`s).
 * @example
 * const app = createApp(runtime, { ...bigSegmentTargetRoutes });
 */
export const bigSegmentTargetRoutes: RouteTable = {
  updateBigSegmentContextTargets: updateTargets,
  updateBigSegmentTargets: updateTargets,
  getSegmentMembershipForContext: membership("contextKey"),
  getSegmentMembershipForUser: membership("userKey"),
};
