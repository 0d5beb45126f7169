/**
 * `applySegmentPatch`: any body `patchSegment` takes (semantic patch, JSON Patch, merge patch)
 * applied to a segment offline, all or nothing, returning a new segment.
 */
import { instructionList } from "../body.js";
import { SemanticPatchError } from "../errors.js";
import { operation } from "../json-patch/operation.js";
import { validateSegmentMergePatch } from "../merge-patch/validateSegmentMergePatch.js";
import * as segmentBuilders from "../segment/index.js";
import type { JSONPatch, PatchOperation, PatchWithComment, SegmentInstruction, SegmentMergePatch, SegmentSemanticPatch } from "../types.js";
import { describe, fail, fields, isPlainObject, list, nonEmptyString, optional, text, type Shape } from "../validate.js";
import { runAll, type Appliers } from "./run.js";
import * as segmentKindAppliers from "./segment/index.js";
import {
  segmentApplyContext,
  type ApplySegmentPatchOptions,
  type SegmentApplyContext,
  type SegmentPatchEffect,
} from "./segment-context.js";
import { applySegmentJsonPatch } from "./segment-json-patch.js";
import { applySegmentMergePatch, rejectReadOnly } from "./segment-merge-patch.js";
import type { Segment } from "./segment-shape.js";
import { copyJson } from "./copy.js";

const NAME = "applySegmentPatch";

/**
 * A semantic patch as `applySegmentPatch` takes it: `environmentKey` (required on the wire) may be left out offline.
 *
 * @example
 * const body: OfflineSegmentSemanticPatch = { instructions: [segment.addTags({ values: ["beta"] })] };
 */
export type OfflineSegmentSemanticPatch = Omit<SegmentSemanticPatch, "environmentKey"> & { environmentKey?: string };

/**
 * Every body `patchSegment` takes: a semantic patch, a JSON Patch (bare or `{ patch, comment }`), or a JSON merge patch.
 *
 * @example
 * const bodies: SegmentPatchBody[] = [{ instructions: [segment.addTags({ values: ["beta"] })] }, [jsonPatch.replace("/name", "Beta")], { name: "Beta" }];
 */
export type SegmentPatchBody = OfflineSegmentSemanticPatch | JSONPatch | PatchWithComment | SegmentMergePatch;

/**
 * The result of {@link applySegmentPatchWithEffects}: the new segment, and what the host must do
 * outside it (big segment target changes, imports to process), in instruction order.
 *
 * @example
 * const { segment, effects }: SegmentPatchResult<Segment> = applySegmentPatchWithEffects(big, body);
 */
export interface SegmentPatchResult<S extends Segment> {
  readonly segment: S;
  readonly effects: readonly SegmentPatchEffect[];
}

const semanticShape: Shape<OfflineSegmentSemanticPatch> = {
  environmentKey: optional(nonEmptyString),
  instructions: /* @__PURE__ */ instructionList<SegmentInstruction>(segmentBuilders, "segment", []),
  comment: optional(text),
};
const operations = /* @__PURE__ */ list(operation, { noun: "operations" });
// Fails to compile when a kind of the spec has no applier.
const segmentAppliers: Appliers<Segment, SegmentInstruction, SegmentApplyContext> = segmentKindAppliers;

function checkSegment(segment: unknown): asserts segment is Segment {
  if (!isPlainObject(segment)) fail(NAME, "segment", `must be a segment object (got ${describe(segment)})`);
  if (typeof segment.key !== "string" || segment.key === "")
    fail(NAME, "segment.key", `must be a non-empty string (got ${describe(segment.key)})`);
  if (!Number.isInteger(segment.version) || (segment.version as number) < 0)
    fail(NAME, "segment.version", `must be a non-negative integer (got ${describe(segment.version)})`);
  if (!Array.isArray(segment.tags)) fail(NAME, "segment.tags", `must be an array (got ${describe(segment.tags)})`);
  if (!Array.isArray(segment.rules)) fail(NAME, "segment.rules", `must be an array (got ${describe(segment.rules)})`);
  segment.rules.forEach((rule: unknown, i) => {
    if (!isPlainObject(rule) || !Array.isArray(rule.clauses))
      fail(NAME, `segment.rules[${i}]`, `must be a rule object with a clauses array (got ${describe(rule)})`);
  });
  for (const list of ["included", "excluded", "includedContexts", "excludedContexts"]) {
    const value = segment[list];
    if (value !== undefined && !Array.isArray(value))
      fail(NAME, `segment.${list}`, `must be an array when present (got ${describe(value)})`);
  }
}

function applyAny(segment: Segment, body: unknown, options: ApplySegmentPatchOptions): { segment: Segment; effects: SegmentPatchEffect[] } {
  checkSegment(segment);
  const context = segmentApplyContext(options);
  let next: Segment;
  if (Array.isArray(body)) {
    next = applySegmentJsonPatch(segment, operations(body, NAME, ""), "", context.generateId);
  } else if (isPlainObject(body) && Object.hasOwn(body, "instructions")) {
    const { instructions } = fields(body, semanticShape, NAME);
    // One private copy, so the result shares nothing mutable with the input.
    next = runAll(copyJson(segment), instructions, segmentAppliers, context, (index) => {
      context.index = index;
    });
  } else if (isPlainObject(body) && Object.hasOwn(body, "patch")) {
    const { patch } = fields<PatchWithComment>(body, { patch: operations, comment: optional(text) }, NAME);
    next = applySegmentJsonPatch(segment, patch as PatchOperation[], "patch", context.generateId);
  } else if (isPlainObject(body)) {
    rejectReadOnly(body, segment);
    next = applySegmentMergePatch(segment, validateSegmentMergePatch(body as SegmentMergePatch), context.generateId);
  } else {
    throw new SemanticPatchError(
      NAME,
      "body",
      `must be a semantic patch ({ instructions }), a JSON Patch (an array or { patch }) or a JSON merge patch object (got ${describe(body)})`,
    );
  }
  const now = (options.now ?? Date.now)();
  return { segment: { ...next, version: segment.version + 1, lastModifiedDate: now }, effects: context.effects };
}

/**
 * Applies any `patchSegment` body to a segment offline, as LaunchDarkly would, and returns the new
 * segment (`version` + 1, `lastModifiedDate` from `options.now`); the input is never changed. All
 * or nothing: the body is validated first (a {@link SemanticPatchError}), then one instruction or
 * operation that cannot apply throws one {@link PatchApplyError} naming its index, kind and reason,
 * and nothing is applied. Big-segment instructions are checked (the segment must be unbounded) but
 * their effects on the stored member lists are only reported by {@link applySegmentPatchWithEffects}.
 *
 * @example
 * const next = applySegmentPatch(current, segmentPatch("production")
 *   .addIncludedTargets({ contextKind: "org", values: ["org-1"] })
 *   .addRule({ clauses: [clause({ attribute: "email", op: "endsWith", values: [".edu"] })] })
 *   .build());
 * next.includedContexts; // [{ contextKind: "org", values: ["org-1"] }]
 */
export function applySegmentPatch<S extends Segment>(segment: S, body: SegmentPatchBody, options: ApplySegmentPatchOptions = {}): S {
  return applyAny(segment, body, options).segment as S;
}

/**
 * Like {@link applySegmentPatch}, and also returns the effects the host must carry out outside the
 * REST segment: big segment target additions and removals per list, and imports to process, in
 * instruction order. Pass `options.bigSegmentTargets` to have keys stored in the other list rejected.
 *
 * @example
 * const { segment, effects } = applySegmentPatchWithEffects(bigSegment, {
 *   instructions: [{ kind: "addBigSegmentIncludedTargets", values: ["user-1"] }],
 * }, { bigSegmentTargets: { has: (list, key) => store[list].has(key) } });
 * // effects: [{ type: "addBigSegmentTargets", list: "included", keys: ["user-1"], instructionIndex: 0 }]
 */
export function applySegmentPatchWithEffects<S extends Segment>(
  segment: S,
  body: SegmentPatchBody,
  options: ApplySegmentPatchOptions = {},
): SegmentPatchResult<S> {
  const { segment: next, effects } = applyAny(segment, body, options);
  return { segment: next as S, effects };
}
