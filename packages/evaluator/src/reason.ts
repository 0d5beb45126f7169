/**
 * Why a context is or is not in a segment: one variant per way LaunchDarkly decides membership, plus
 * typed outcomes for what cannot be decided offline (never a guess) and for errors.
 */

/**
 * The context is listed in `included` (kind `user`) or `includedContexts`.
 *
 * @example
 * const reason: IncludedReason = { kind: "included", contextKind: "org", key: "org-acme" };
 */
export interface IncludedReason {
  /** The discriminant. */
  readonly kind: "included";
  /** The context kind of the matching target. */
  readonly contextKind: string;
  /** The context key found in the target list. */
  readonly key: string;
}

/**
 * The context is listed in `excluded` (kind `user`) or `excludedContexts` (and in no include list).
 *
 * @example
 * const reason: ExcludedReason = { kind: "excluded", contextKind: "user", key: "user-1" };
 */
export interface ExcludedReason {
  /** The discriminant. */
  readonly kind: "excluded";
  /** The context kind of the matching target. */
  readonly contextKind: string;
  /** The context key found in the target list. */
  readonly key: string;
}

/**
 * A rule matched (the first rule that matches for certain).
 *
 * @example
 * const reason: RuleReason = { kind: "rule", ruleIndex: 0, ruleId: "a902ef4a-2faf-4eaf-88e1-ecc356708a29" };
 */
export interface RuleReason {
  /** The discriminant. */
  readonly kind: "rule";
  /** The index of the rule in `rules`. */
  readonly ruleIndex: number;
  /** The rule's `_id` (or `id`), when it has one. */
  readonly ruleId?: string;
}

/**
 * No target and no rule matched.
 *
 * @example
 * const reason: NoneReason = { kind: "none" };
 */
export interface NoneReason {
  /** The discriminant. */
  readonly kind: "none";
}

/**
 * A big segment's membership record for the context decided it.
 *
 * @example
 * const reason: BigSegmentReason = { kind: "bigSegment", segmentRef: "synced.g3", contextKind: "user", key: "user-1", included: true };
 */
export interface BigSegmentReason {
  /** The discriminant. */
  readonly kind: "bigSegment";
  /** The big-segment reference looked up, `<segmentKey>.g<generation>`. */
  readonly segmentRef: string;
  /** The context kind the big segment targets. */
  readonly contextKind: string;
  /** The context key looked up. */
  readonly key: string;
  /** `true` when the record says included, `false` when it says excluded. */
  readonly included: boolean;
}

/**
 * A big segment with no `generation` has never been synced: LaunchDarkly's SDKs give no members.
 *
 * @example
 * const reason: BigSegmentNotConfiguredReason = { kind: "bigSegmentNotConfigured", segmentKey: "synced" };
 */
export interface BigSegmentNotConfiguredReason {
  /** The discriminant. */
  readonly kind: "bigSegmentNotConfigured";
  /** The big segment's key. */
  readonly segmentKey: string;
}

/**
 * The segment is marked `deleted`: it has no members.
 *
 * @example
 * const reason: DeletedReason = { kind: "deleted", segmentKey: "old-beta" };
 */
export interface DeletedReason {
  /** The discriminant. */
  readonly kind: "deleted";
  /** The deleted segment's key. */
  readonly segmentKey: string;
}

/**
 * A percentage rule (with `weight`) whose clauses match cannot be decided: the segment has no `salt`.
 *
 * @example
 * const reason: MissingSaltReason = { kind: "missingSalt", segmentKey: "beta", ruleIndex: 1, message: "rule 1 of segment \"beta\" includes 25% of matching contexts, …" };
 */
export interface MissingSaltReason {
  /** The discriminant. */
  readonly kind: "missingSalt";
  /** The segment whose rule needs the salt (the evaluated one or one it references). */
  readonly segmentKey: string;
  /** The index of the percentage rule. */
  readonly ruleIndex: number;
  /** A sentence for people: what is missing or wrong. */
  readonly message: string;
}

/**
 * A `segmentMatch` clause names a segment that `options.segments` does not provide.
 *
 * @example
 * const reason: SegmentNotFoundReason = { kind: "segmentNotFound", segmentKey: "employees", referencedBy: "beta", message: "segment \"beta\" references segment \"employees\", …" };
 */
export interface SegmentNotFoundReason {
  /** The discriminant. */
  readonly kind: "segmentNotFound";
  /** The missing segment's key. */
  readonly segmentKey: string;
  /** The segment whose rule references it. */
  readonly referencedBy: string;
  /** A sentence for people: what is missing or wrong. */
  readonly message: string;
}

/**
 * A big segment's membership is needed but `options.bigSegmentMembership` is not given.
 *
 * @example
 * const reason: BigSegmentMembershipUnknownReason = { kind: "bigSegmentMembershipUnknown", segmentKey: "synced", segmentRef: "synced.g3", message: "…needs options.bigSegmentMembership" };
 */
export interface BigSegmentMembershipUnknownReason {
  /** The discriminant. */
  readonly kind: "bigSegmentMembershipUnknown";
  /** The big segment's key. */
  readonly segmentKey: string;
  /** The big-segment reference that would be looked up, `<segmentKey>.g<generation>`. */
  readonly segmentRef: string;
  /** A sentence for people: what is missing or wrong. */
  readonly message: string;
}

/**
 * `segmentMatch` references form a cycle; LaunchDarkly's SDKs report an error (never a match).
 *
 * @example
 * const reason: CircularReferenceReason = { kind: "circularReference", segmentKey: "a", path: ["a", "b", "a"], message: "circular segmentMatch reference: a → b → a" };
 */
export interface CircularReferenceReason {
  /** The discriminant. */
  readonly kind: "circularReference";
  /** The segment reached again. */
  readonly segmentKey: string;
  /** The chain of segment keys from the evaluated segment to the repeated one. */
  readonly path: readonly string[];
  /** A sentence for people: what is missing or wrong. */
  readonly message: string;
}

/**
 * The segment (or one it references) is not a valid segment, or holds an invalid attribute reference.
 *
 * @example
 * const reason: MalformedSegmentReason = { kind: "malformedSegment", segmentKey: "beta", field: "rules[0].clauses[0].attribute", message: "…is not a valid attribute reference: \"//x\"" };
 */
export interface MalformedSegmentReason {
  /** The discriminant. */
  readonly kind: "malformedSegment";
  /** The malformed segment's key (`""` when it has none). */
  readonly segmentKey: string;
  /** Where in the segment, e.g. `rules[0].clauses[1].attribute`. */
  readonly field: string;
  /** A sentence for people: what is missing or wrong. */
  readonly message: string;
}

/**
 * The context is not a valid LaunchDarkly context (e.g. an empty key or an invalid kind).
 *
 * @example
 * const reason: InvalidContextReason = { kind: "invalidContext", message: "The key for the context was not valid" };
 */
export interface InvalidContextReason {
  /** The discriminant. */
  readonly kind: "invalidContext";
  /** A sentence for people: what is missing or wrong. */
  readonly message: string;
}

/**
 * Reasons of a definite match.
 *
 * @example
 * const reason: MatchReason = { kind: "rule", ruleIndex: 0 };
 */
export type MatchReason = IncludedReason | RuleReason | BigSegmentReason;
/**
 * Reasons of a definite non-match.
 *
 * @example
 * const reason: NoMatchReason = { kind: "none" };
 */
export type NoMatchReason = ExcludedReason | NoneReason | BigSegmentReason | BigSegmentNotConfiguredReason | DeletedReason;
/**
 * Reasons of an outcome that cannot be decided with the data given (the result's `match` is `false`).
 *
 * @example
 * const reason: UndeterminedReason = { kind: "missingSalt", segmentKey: "beta", ruleIndex: 0, message: "…" };
 */
export type UndeterminedReason = MissingSaltReason | SegmentNotFoundReason | BigSegmentMembershipUnknownReason;
/**
 * Reasons of an error, where LaunchDarkly's SDKs return the flag's default value with an error reason.
 *
 * @example
 * const reason: ErrorReason = { kind: "invalidContext", message: "…" };
 */
export type ErrorReason = CircularReferenceReason | MalformedSegmentReason | InvalidContextReason;

/**
 * How the evaluator decided, discriminated on `kind`.
 *
 * @example
 * const { reason } = evaluateSegment(segment, context);
 * switch (reason.kind) {
 *   case "included": console.log("targeted as", reason.contextKind, reason.key); break;
 *   case "rule": console.log("rule", reason.ruleIndex, reason.ruleId); break;
 *   case "missingSalt": console.log(reason.message); break;
 * }
 */
export type SegmentMatchReason = MatchReason | NoMatchReason | UndeterminedReason | ErrorReason;

/**
 * The result of {@link evaluateSegment}: `match` is `true` only for a definite member; `reason` says how.
 *
 * @example
 * const result: SegmentEvaluation = { match: true, reason: { kind: "rule", ruleIndex: 0, ruleId: "r1" } };
 */
export interface SegmentEvaluation {
  /** `true` only for a definite member. */
  readonly match: boolean;
  /** How it was decided, or why it could not be. */
  readonly reason: SegmentMatchReason;
}

const UNDETERMINED: ReadonlySet<string> = new Set(["missingSalt", "segmentNotFound", "bigSegmentMembershipUnknown"]);
const ERRORS: ReadonlySet<string> = new Set(["circularReference", "malformedSegment", "invalidContext"]);

/**
 * Whether the outcome could not be decided with the data given (missing salt, segment or big-segment membership).
 *
 * @example
 * if (isUndetermined(evaluateSegment(segment, context).reason)) console.log("pass the salt or the referenced segments");
 */
export function isUndetermined(reason: SegmentMatchReason): reason is UndeterminedReason {
  return UNDETERMINED.has(reason.kind);
}

/**
 * Whether the outcome is an error (circular reference, malformed segment, invalid context).
 *
 * @example
 * const { reason } = evaluateSegment(segment, context);
 * if (isError(reason)) throw new Error(reason.message);
 */
export function isError(reason: SegmentMatchReason): reason is ErrorReason {
  return ERRORS.has(reason.kind);
}
