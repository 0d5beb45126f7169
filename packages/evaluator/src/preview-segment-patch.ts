/**
 * `previewSegmentPatch`: what a `patchSegment` body would do to a segment, and who it lets in or
 * out, computed offline before anything is sent — the patch applied with `@ldkit/semantic-patch`'s
 * `applySegmentPatch` and every context evaluated before and after with {@link evaluateSegment}.
 */
import {
  applySegmentPatchWithEffects,
  type ApplySegmentPatchOptions,
  type Segment,
  type SegmentPatchBody,
  type SegmentPatchEffect,
} from "@ldkit/semantic-patch/apply";
import type { EvaluationContext } from "./context.js";
import { evaluateSegment } from "./evaluate-segment.js";
import type { BigSegmentMembership, BigSegmentMembershipSource, EvaluateSegmentOptions } from "./options.js";
import { isError, isUndetermined, type SegmentEvaluation } from "./reason.js";
import type { SegmentInput } from "./segment.js";

/**
 * Options of {@link previewSegmentPatch}: those of `applySegmentPatch` (`now`, `generateId`,
 * `bigSegmentTargets`) and those of {@link evaluateSegment} (`segments`, `missingSegments`,
 * `bigSegmentMembership`).
 *
 * @example
 * const options: PreviewSegmentPatchOptions = { segments: { employees }, now: () => Date.now() };
 */
export interface PreviewSegmentPatchOptions extends ApplySegmentPatchOptions, EvaluateSegmentOptions {}

/**
 * One context before and after the patch.
 *
 * @example
 * const row: ContextPreview<{ kind: string; key: string }> = { context: { kind: "user", key: "u1" }, before: { match: false, reason: { kind: "none" } }, after: { match: true, reason: { kind: "included", contextKind: "user", key: "u1" } } };
 */
export interface ContextPreview<C> {
  /** The context, as given. */
  readonly context: C;
  /** Its evaluation against the segment before the patch. */
  readonly before: SegmentEvaluation;
  /** Its evaluation against the patched segment. */
  readonly after: SegmentEvaluation;
}

/**
 * The result of {@link previewSegmentPatch}: the new segment, the effects outside it (big-segment
 * target changes, imports), every context before and after, and who enters and leaves. A context
 * whose membership cannot be decided before or after (see `isUndetermined`, `isError`) is in
 * `undetermined`, never in `entering` or `leaving`.
 *
 * @example
 * const { entering, leaving } = previewSegmentPatch(segment, body, contexts);
 */
export interface SegmentPatchPreview<S, C> {
  /** The patched segment (`version` + 1); the input is not changed. */
  readonly segment: S;
  /** What the patch asks outside the segment (big-segment target changes, imports), in instruction order. */
  readonly effects: readonly SegmentPatchEffect[];
  /** Every context, before and after, in the order given. */
  readonly contexts: readonly ContextPreview<C>[];
  /** The contexts that are members after and not before. */
  readonly entering: readonly C[];
  /** The contexts that are members before and not after. */
  readonly leaving: readonly C[];
  /** The contexts whose membership before or after cannot be decided (undetermined or error). */
  readonly undetermined: readonly C[];
}

function decided(evaluation: SegmentEvaluation): boolean {
  return !isUndetermined(evaluation.reason) && !isError(evaluation.reason);
}

function lookupMembership(source: BigSegmentMembershipSource | undefined, contextKey: string): BigSegmentMembership | null | undefined {
  if (source === undefined) return undefined;
  if (typeof source === "function") return source(contextKey);
  return Object.hasOwn(source, contextKey) ? source[contextKey] : undefined;
}

/** The big-segment memberships after the patch: the effects on the segment's lists over the source's. */
function membershipAfter(
  segment: SegmentInput,
  effects: readonly SegmentPatchEffect[],
  source: BigSegmentMembershipSource | undefined,
): BigSegmentMembershipSource | undefined {
  const segmentRef = `${segment.key}.g${String(segment.generation)}`;
  const changed = new Map<string, boolean | null>();
  const current = (key: string) => (changed.has(key) ? changed.get(key) : lookupMembership(source, key)?.[segmentRef]);
  for (const effect of effects) {
    if (effect.type === "processBigSegmentImport") continue;
    const listed = effect.list === "included";
    for (const key of effect.keys) {
      if (effect.type === "addBigSegmentTargets") changed.set(key, listed);
      else if (current(key) === listed) changed.set(key, null);
    }
  }
  if (changed.size === 0) return source;
  return (contextKey) => {
    const membership = lookupMembership(source, contextKey);
    return changed.has(contextKey) ? { ...membership, [segmentRef]: changed.get(contextKey) ?? null } : membership;
  };
}

/**
 * Applies a `patchSegment` body offline (semantic patch, JSON Patch or merge patch; all or nothing,
 * throwing `@ldkit/semantic-patch`'s typed errors) and evaluates each context against the segment
 * before and after: who is a member before and after, who enters, who leaves. For a big segment, the
 * patch's target changes update the memberships the "after" evaluation reads.
 *
 * @example
 * const preview = previewSegmentPatch(
 *   segment,
 *   { instructions: [{ kind: "addIncludedTargets", contextKind: "org", values: ["org-acme"] }] },
 *   [{ kind: "org", key: "org-acme" }, { kind: "user", key: "u1" }],
 * );
 * preview.entering; // [{ kind: "org", key: "org-acme" }]
 * preview.segment.version; // segment.version + 1
 */
export function previewSegmentPatch<S extends Segment & SegmentInput, C extends EvaluationContext>(
  segment: S,
  body: SegmentPatchBody,
  contexts: readonly C[],
  options: PreviewSegmentPatchOptions = {},
): SegmentPatchPreview<S, C> {
  const { segment: next, effects } = applySegmentPatchWithEffects(segment, body, options);
  const evaluateOptions: EvaluateSegmentOptions = {
    segments: options.segments,
    missingSegments: options.missingSegments,
    bigSegmentMembership: options.bigSegmentMembership,
  };
  const bigSegmentMembership = next.unbounded ? membershipAfter(next, effects, options.bigSegmentMembership) : options.bigSegmentMembership;
  const afterOptions: EvaluateSegmentOptions = { ...evaluateOptions, bigSegmentMembership };
  const rows = contexts.map((context) => ({
    context,
    before: evaluateSegment(segment, context, evaluateOptions),
    after: evaluateSegment(next, context, afterOptions),
  }));
  const known = rows.filter((row) => decided(row.before) && decided(row.after));
  return {
    segment: next,
    effects,
    contexts: rows,
    entering: known.filter((row) => !row.before.match && row.after.match).map((row) => row.context),
    leaving: known.filter((row) => row.before.match && !row.after.match).map((row) => row.context),
    undetermined: rows.filter((row) => !decided(row.before) || !decided(row.after)).map((row) => row.context),
  };
}
