/**
 * @ldkit/evaluator — LaunchDarkly segment membership evaluated offline with the SDKs' semantics
 * (targets, rules, every clause operator, bucketing, nested and big segments), and a preview of who a
 * segment patch lets in or out.
 */
export { evaluateSegment } from "./evaluate-segment.js";
export { isError, isUndetermined } from "./reason.js";
export type * from "./reason.js";
export type { ClauseInput, SegmentInput, SegmentRuleInput, SegmentTargetInput } from "./segment.js";
export type { EvaluationContext, LegacyUser, MultiKindContext, SingleKindContext } from "./context.js";
export type { BigSegmentMembership, BigSegmentMembershipSource, EvaluateSegmentOptions, SegmentLookup } from "./options.js";
export { previewSegmentPatch } from "./preview-segment-patch.js";
export type { ContextPreview, PreviewSegmentPatchOptions, SegmentPatchPreview } from "./preview-segment-patch.js";
