/**
 * The segment shapes the evaluator reads: LaunchDarkly's REST representation (what `getSegment`
 * returns), structurally, plus the optional `salt` of the SDK data model. Every field the evaluator
 * does not read is allowed and ignored, so `@ldkit/client`'s `UserSegment` is accepted as it is; `null`
 * in an optional field means absent, as in LaunchDarkly's SDKs.
 */

/**
 * Individually targeted context keys of one context kind (`includedContexts` / `excludedContexts`).
 *
 * @example
 * const target: SegmentTargetInput = { contextKind: "org", values: ["org-acme"] };
 */
export interface SegmentTargetInput {
  /** The context kind the keys belong to; absent means `user`. */
  readonly contextKind?: string | null;
  /** The targeted context keys (absent: none). */
  readonly values?: readonly string[] | null;
}

/**
 * A clause of a segment rule. `attribute` is a literal attribute name when the clause has no
 * `contextKind` (legacy clauses) and an attribute reference (`/address/city`, `~1` for `/`, `~0` for
 * `~`) when it has one. With `op: "segmentMatch"`, `values` are segment keys.
 *
 * @example
 * const clause: ClauseInput = { contextKind: "user", attribute: "email", op: "endsWith", values: ["@example.com"], negate: false };
 */
export interface ClauseInput {
  /** The clause id (REST representation); not used for evaluation. */
  readonly _id?: string | null;
  /** The context kind whose attribute is tested; absent means `user`, and `attribute` is then a literal name. */
  readonly contextKind?: string | null;
  /** The attribute name or reference (ignored by `segmentMatch`). */
  readonly attribute?: string | null;
  /** The operator, e.g. `in`, `endsWith`, `semVerLessThan`, `segmentMatch`; an unknown operator never matches, as in LaunchDarkly's SDKs. */
  readonly op: string;
  /** The values compared with the attribute (any one may match). */
  readonly values: readonly unknown[];
  /** Inverts the clause's result (not applied when the attribute is missing). */
  readonly negate?: boolean | null;
}

/**
 * A segment targeting rule: its clauses are ANDed; with `weight`, only that share of the matching
 * contexts is included (bucketed by `bucketBy` of the `rolloutContextKind` context, with the segment's
 * `salt`).
 *
 * @example
 * const rule: SegmentRuleInput = { _id: "rule-1", clauses: [{ attribute: "plan", op: "in", values: ["pro"], negate: false }], weight: 25_000 };
 */
export interface SegmentRuleInput {
  /** The rule id (REST representation; the SDK data model calls it `id`). */
  readonly _id?: string | null;
  /** The SDK data model's name for the rule id, accepted too. */
  readonly id?: string | null;
  /** The clauses, all of which must match. */
  readonly clauses: readonly ClauseInput[];
  /** For a percentage rule, the included share in thousandths of a percent (0–100000). */
  readonly weight?: number | null;
  /** For a percentage rule, the attribute the bucket is computed from (default `key`). */
  readonly bucketBy?: string | null;
  /** For a percentage rule, the context kind bucketed (default `user`). */
  readonly rolloutContextKind?: string | null;
}

/**
 * A segment as the evaluator reads it: `getSegment`'s result (or the SDK data model's segment),
 * optionally with the `salt` LaunchDarkly uses for percentage rules.
 *
 * @example
 * const segment: SegmentInput = {
 *   key: "beta",
 *   included: ["user-1"],
 *   includedContexts: [{ contextKind: "org", values: ["org-acme"] }],
 *   rules: [{ _id: "r1", clauses: [{ attribute: "email", op: "endsWith", values: ["@example.com"], negate: false }] }],
 * };
 */
export interface SegmentInput {
  /** The segment key (also part of the bucketing hash and of the big-segment reference). */
  readonly key: string;
  /** Legacy user keys included in the segment. */
  readonly included?: readonly string[] | null;
  /** Legacy user keys excluded from the segment. */
  readonly excluded?: readonly string[] | null;
  /** Included context keys per context kind. */
  readonly includedContexts?: readonly SegmentTargetInput[] | null;
  /** Excluded context keys per context kind. */
  readonly excludedContexts?: readonly SegmentTargetInput[] | null;
  /** Targeting rules, ORed. */
  readonly rules?: readonly SegmentRuleInput[] | null;
  /** The salt of percentage rules; not in the REST representation (without it a percentage rule cannot be decided). */
  readonly salt?: string | null;
  /** Whether this is a big segment (its targets live in the big-segment store). */
  readonly unbounded?: boolean | null;
  /** For a big segment, the context kind it targets (default `user`). */
  readonly unboundedContextKind?: string | null;
  /** For a big segment, its generation (part of the big-segment reference `<key>.g<generation>`). */
  readonly generation?: number | null;
  /** A deleted segment has no members. */
  readonly deleted?: boolean | null;
}
