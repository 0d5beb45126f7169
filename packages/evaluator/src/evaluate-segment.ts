/**
 * Segment membership with LaunchDarkly's semantics (`Evaluator.ts` of the Node SDK 9.13): targets
 * (include wins), then rules ORed with clauses ANDed, bucketing for percentage rules, nested
 * `segmentMatch`, big segments. What the data given cannot decide is tracked, not guessed: each step
 * yields the set of outcomes it can have (match, no match, error), and the result is definite only
 * when that set has one element.
 */
import { bucket, bucketableValue } from "./bucket.js";
import { compileSegment, type CompiledClause, type CompiledRule, type CompiledSegment, type CompiledTargets } from "./compile-segment.js";
import { contextKey, normalizeContext, valueForKind, type EvaluationContext, type NormalizedContext } from "./context.js";
import type { EvaluateSegmentOptions } from "./options.js";
import type { ErrorReason, MatchReason, NoMatchReason, SegmentEvaluation, SegmentMatchReason, UndeterminedReason } from "./reason.js";
import type { SegmentInput } from "./segment.js";

const T = 1; // can match
const F = 2; // can fail to match
const E = 4; // can be an error

interface Outcome {
  readonly can: number;
  readonly error?: ErrorReason;
  readonly cause?: UndeterminedReason;
}

interface SegmentOutcome extends Outcome {
  readonly reason?: MatchReason | NoMatchReason;
}

const MATCH: Outcome = { can: T };
const NO_MATCH: Outcome = { can: F };
const NONE: NoMatchReason = { kind: "none" };

function fail(error: ErrorReason): Outcome {
  return { can: E, error };
}

function isMultiple(can: number): boolean {
  return can !== T && can !== F && can !== E;
}

function negate(outcome: Outcome): Outcome {
  const can = (outcome.can & E) | (outcome.can & T ? F : 0) | (outcome.can & F ? T : 0);
  return can === T ? MATCH : can === F ? NO_MATCH : { ...outcome, can };
}

/** A step of a sequence: the outcome of one item. */
type Step<I> = (run: Run, segment: CompiledSegment, path: readonly string[], item: I) => Outcome;

/**
 * Runs steps in order, as the SDK's short-circuiting loops do: `stopOn` (T for OR, F for AND) or an
 * error ends the sequence; the other outcome (`end`) continues; reaching the end yields `end`. With
 * several possible outcomes, the result is the set of outcomes some combination can reach.
 */
function sequence<I>(
  items: readonly I[],
  stopOn: number,
  end: number,
  step: Step<I>,
  run: Run,
  segment: CompiledSegment,
  path: readonly string[],
): Outcome {
  let can = 0;
  let error: ErrorReason | undefined;
  let cause: UndeterminedReason | undefined;
  let continuing = true;
  for (const item of items) {
    const outcome = step(run, segment, path, item);
    if (outcome.can === end) continue;
    can |= outcome.can & (stopOn | E);
    error ??= outcome.error;
    if (isMultiple(outcome.can)) cause ??= outcome.cause;
    if (!(outcome.can & end)) {
      continuing = false;
      break;
    }
  }
  if (continuing) can |= end;
  if (can === T) return MATCH;
  if (can === F) return NO_MATCH;
  return { can, ...(error && { error }), ...(cause && { cause }) };
}

interface Run {
  readonly context: NormalizedContext;
  readonly options: EvaluateSegmentOptions;
}

function circular(cycle: readonly string[]): Outcome {
  const segmentKey = cycle[cycle.length - 1] as string;
  return fail({ kind: "circularReference", segmentKey, path: cycle, message: `circular segmentMatch reference: ${cycle.join(" → ")}` });
}

function lookup(run: Run, segmentKey: string): SegmentInput | null | undefined {
  const { segments } = run.options;
  if (typeof segments === "function") return segments(segmentKey);
  return segments && Object.hasOwn(segments, segmentKey) ? segments[segmentKey] : undefined;
}

function referencedSegment(run: Run, from: CompiledSegment, path: readonly string[], segmentKey: unknown): Outcome {
  if (typeof segmentKey !== "string") return NO_MATCH;
  // A segment on the current path is known (the evaluated one need not be in options.segments).
  if (path.includes(segmentKey)) return circular([...path, segmentKey]);
  const found = lookup(run, segmentKey);
  if (found === undefined || found === null) {
    if (run.options.missingSegments === "noMatch") return NO_MATCH;
    const cause: UndeterminedReason = {
      kind: "segmentNotFound",
      segmentKey,
      referencedBy: from.key,
      message: `segment ${JSON.stringify(from.key)} references segment ${JSON.stringify(segmentKey)}, which options.segments does not provide`,
    };
    return { can: T | F | E, cause };
  }
  if (found.deleted === true) return NO_MATCH;
  const compiled = compileSegment(found);
  if ("kind" in compiled) return fail(compiled);
  if (path.includes(compiled.key)) return circular([...path, compiled.key]);
  return segmentOutcome(run, compiled, [...path, compiled.key]);
}

function clauseOutcome(run: Run, segment: CompiledSegment, path: readonly string[], clause: CompiledClause): Outcome {
  switch (clause.type) {
    case "invalid":
      return fail({ kind: "malformedSegment", segmentKey: segment.key, field: clause.field, message: clause.message });
    case "segmentMatch": {
      const outcome = sequence(clause.segmentKeys, T, F, referencedSegment, run, segment, path);
      return clause.negate ? negate(outcome) : outcome;
    }
    case "attribute": {
      const value = valueForKind(run.context, clause.reference, clause.contextKind);
      if (value === undefined || value === null) return NO_MATCH;
      const matched = Array.isArray(value) ? value.some(clause.match) : clause.match(value);
      return matched !== clause.negate ? MATCH : NO_MATCH;
    }
  }
}

function bucketOutcome(run: Run, segment: CompiledSegment, rule: CompiledRule, weight: number): Outcome {
  if (!rule.bucketBy.valid) {
    const field = `rules[${rule.index}].bucketBy`;
    return fail({ kind: "malformedSegment", segmentKey: segment.key, field, message: `${field} is not a valid attribute reference` });
  }
  const limit = weight / 100000;
  const value = bucketableValue(valueForKind(run.context, rule.bucketBy, rule.rolloutContextKind));
  // Without a bucketable value the bucket is 0; with a weight above 100% or at most 0 the salt does not matter.
  if (value === null) return 0 < limit ? MATCH : NO_MATCH;
  if (segment.salt === undefined) {
    if (limit > 1) return MATCH;
    if (limit <= 0) return NO_MATCH;
    const cause: UndeterminedReason = {
      kind: "missingSalt",
      segmentKey: segment.key,
      ruleIndex: rule.index,
      message: `rule ${rule.index} of segment ${JSON.stringify(segment.key)} includes ${weight / 1000}% of matching contexts, which needs the segment's salt (not in the REST representation): pass segment.salt`,
    };
    return { can: T | F, cause };
  }
  return bucket(segment.key, segment.salt, value) < limit ? MATCH : NO_MATCH;
}

function ruleOutcome(run: Run, segment: CompiledSegment, path: readonly string[], rule: CompiledRule): Outcome {
  const clauses = sequence(rule.clauses, F, T, clauseOutcome, run, segment, path);
  if (!(clauses.can & T) || rule.weight === undefined) return clauses;
  const bucketed = bucketOutcome(run, segment, rule, rule.weight);
  if (clauses.can === T) return bucketed;
  const can = (clauses.can & ~T) | bucketed.can;
  const error = clauses.error ?? bucketed.error;
  const cause = clauses.cause ?? bucketed.cause;
  return { can, ...(error && { error }), ...(cause && { cause }) };
}

function rulesOutcome(run: Run, segment: CompiledSegment, path: readonly string[]): SegmentOutcome {
  let stoppedAt: CompiledRule | undefined;
  const outcome = sequence(
    segment.rules,
    T,
    F,
    (r, s, p, rule: CompiledRule) => {
      const result = ruleOutcome(r, s, p, rule);
      stoppedAt = rule;
      return result;
    },
    run,
    segment,
    path,
  );
  if (outcome.can === F) return { can: F, reason: NONE };
  // A definite match ends at a rule that matches for certain (earlier ones may only have matched).
  if (outcome.can === T && stoppedAt)
    return { can: T, reason: { kind: "rule", ruleIndex: stoppedAt.index, ...(stoppedAt.id !== undefined && { ruleId: stoppedAt.id }) } };
  return outcome;
}

function bigSegmentOutcome(run: Run, segment: CompiledSegment, path: readonly string[]): SegmentOutcome {
  const contextKind = segment.unboundedContextKind;
  const key = contextKey(run.context, contextKind);
  if (!key || typeof key !== "string") return { can: F, reason: NONE };
  if (!segment.generation) return { can: F, reason: { kind: "bigSegmentNotConfigured", segmentKey: segment.key } };
  const segmentRef = `${segment.key}.g${String(segment.generation)}`;
  const source = run.options.bigSegmentMembership;
  if (source === undefined) {
    const rules = rulesOutcome(run, segment, path);
    const cause: UndeterminedReason = {
      kind: "bigSegmentMembershipUnknown",
      segmentKey: segment.key,
      segmentRef,
      message: `segment ${JSON.stringify(segment.key)} is a big segment: its membership (${segmentRef}) for ${contextKind} ${JSON.stringify(key)} needs options.bigSegmentMembership`,
    };
    return { can: T | F | rules.can, cause, ...(rules.error && { error: rules.error }) };
  }
  const membership = typeof source === "function" ? source(key) : Object.hasOwn(source, key) ? source[key] : undefined;
  const included = membership && Object.hasOwn(membership, segmentRef) ? membership[segmentRef] : undefined;
  if (included !== undefined && included !== null) {
    return { can: included ? T : F, reason: { kind: "bigSegment", segmentRef, contextKind, key, included: !!included } };
  }
  return rulesOutcome(run, segment, path);
}

function targetIn(run: Run, lists: readonly CompiledTargets[]): { contextKind: string; key: string } | undefined {
  for (const { contextKind, keys } of lists) {
    const key = contextKey(run.context, contextKind);
    if (typeof key === "string" && key && keys.has(key)) return { contextKind, key };
  }
  return undefined;
}

function targetOutcome(run: Run, segment: CompiledSegment): SegmentOutcome | undefined {
  const included = targetIn(run, segment.included);
  if (included) return { can: T, reason: { kind: "included", ...included } };
  const excluded = targetIn(run, segment.excluded);
  if (excluded) return { can: F, reason: { kind: "excluded", ...excluded } };
  return undefined;
}

function segmentOutcome(run: Run, segment: CompiledSegment, path: readonly string[]): SegmentOutcome {
  if (segment.deleted) return { can: F, reason: { kind: "deleted", segmentKey: segment.key } };
  if (segment.unbounded) return bigSegmentOutcome(run, segment, path);
  return targetOutcome(run, segment) ?? rulesOutcome(run, segment, path);
}

function result(outcome: SegmentOutcome): SegmentEvaluation {
  let reason: SegmentMatchReason | undefined;
  if (outcome.can === T || outcome.can === F) reason = outcome.reason;
  else if (outcome.can === E) reason = outcome.error;
  else reason = outcome.cause;
  if (reason === undefined) throw new Error("@ldkit/evaluator: internal error: an outcome without a reason");
  return { match: outcome.can === T, reason };
}

/**
 * Whether a context is in a segment, and how, with LaunchDarkly's semantics — offline, synchronously.
 * `segment` is the REST representation (`getSegment`'s result) or the SDK data model, with an
 * optional `salt`; `context` is a single-kind, multi-kind or legacy-user context. What the data given
 * cannot decide (a percentage rule without `salt`, a referenced segment not given, a big segment's
 * membership not given) is a typed undetermined reason with `match: false`, never a guess.
 *
 * @example
 * const segment = {
 *   key: "beta",
 *   includedContexts: [{ contextKind: "org", values: ["org-acme"] }],
 *   rules: [{ _id: "r1", clauses: [{ contextKind: "user", attribute: "email", op: "endsWith", values: ["@example.com"], negate: false }] }],
 * };
 * evaluateSegment(segment, { kind: "user", key: "u1", email: "ada@example.com" });
 * // { match: true, reason: { kind: "rule", ruleIndex: 0, ruleId: "r1" } }
 * evaluateSegment(segment, { kind: "multi", user: { key: "u2" }, org: { key: "org-acme" } });
 * // { match: true, reason: { kind: "included", contextKind: "org", key: "org-acme" } }
 */
export function evaluateSegment(
  segment: SegmentInput,
  context: EvaluationContext,
  options: EvaluateSegmentOptions = {},
): SegmentEvaluation {
  const compiled = compileSegment(segment);
  if ("kind" in compiled) return { match: false, reason: compiled };
  const normalized = normalizeContext(context);
  if (typeof normalized === "string") return { match: false, reason: { kind: "invalidContext", message: normalized } };
  return result(segmentOutcome({ context: normalized, options }, compiled, [compiled.key]));
}
