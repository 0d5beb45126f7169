/**
 * Options of {@link evaluateSegment}: where referenced segments and big-segment memberships come from.
 */
import type { SegmentInput } from "./segment.js";

/**
 * The segments `segmentMatch` clauses may reference: a record by segment key, or a lookup function
 * (return `undefined` when you do not have the segment).
 *
 * @example
 * const segments: SegmentLookup = { employees: employeesSegment };
 * const lookup: SegmentLookup = (key) => cache.get(key);
 */
export type SegmentLookup = Readonly<Record<string, SegmentInput | undefined>> | ((segmentKey: string) => SegmentInput | null | undefined);

/**
 * One context key's big-segment membership, keyed like LaunchDarkly's big-segment store:
 * `<segmentKey>.g<generation>` → `true` (included), `false` (excluded), or `null`/absent (not listed:
 * the segment's rules decide). This is the SDK's `BigSegmentStoreMembership`.
 *
 * @example
 * const membership: BigSegmentMembership = { "big-beta.g3": true, "big-churned.g1": false };
 */
export type BigSegmentMembership = Readonly<Record<string, boolean | null | undefined>>;

/**
 * Big-segment memberships by context key (the key of the context of the segment's
 * `unboundedContextKind`): a record, or a function like the SDK's `BigSegmentStore.getUserMembership`
 * (without the hashing). `undefined` for a key means the store has no record of it.
 *
 * @example
 * const byRecord: BigSegmentMembershipSource = { "user-1": { "big-beta.g3": true } };
 * const byFunction: BigSegmentMembershipSource = (contextKey) => store.get(contextKey);
 */
export type BigSegmentMembershipSource =
  | Readonly<Record<string, BigSegmentMembership | undefined>>
  | ((contextKey: string) => BigSegmentMembership | null | undefined);

/**
 * Options of {@link evaluateSegment}.
 *
 * @example
 * evaluateSegment(segment, context, {
 *   segments: { employees },
 *   missingSegments: "noMatch",
 *   bigSegmentMembership: (key) => memberships.get(key),
 * });
 */
export interface EvaluateSegmentOptions {
  /** Resolves the segments `segmentMatch` clauses name. */
  readonly segments?: SegmentLookup;
  /**
   * What a referenced segment that `segments` does not have means: `"undetermined"` (default: the
   * outcome is `segmentNotFound`, since you may simply not have passed it) or `"noMatch"` (it does not
   * exist, so it matches nobody — what LaunchDarkly's SDKs do with a reference to a missing segment).
   */
  readonly missingSegments?: "undetermined" | "noMatch";
  /**
   * Big-segment memberships. Without it, a big segment's membership is `bigSegmentMembershipUnknown`
   * (pass `() => undefined` for "no context is listed": the rules then decide, as in an SDK without a
   * big-segment store).
   */
  readonly bigSegmentMembership?: BigSegmentMembershipSource;
}
