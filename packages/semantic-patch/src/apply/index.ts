/**
 * @ldkit/semantic-patch/apply — applying any patch `patchSegment` takes (a semantic patch, a JSON Patch, a
 * JSON merge patch) to a segment offline, and the expiring-target bodies to their lists. A subpath of its
 * own so that the builders stay small: only code that applies patches carries the JSON Patch and merge
 * patch libraries.
 * @packageDocumentation
 */
export { PatchApplyError } from "./error.js";
export { SemanticPatchError } from "../errors.js";
export {
  applySegmentPatch,
  applySegmentPatchWithEffects,
  type OfflineSegmentSemanticPatch,
  type SegmentPatchBody,
  type SegmentPatchResult,
} from "./applySegmentPatch.js";
export type { ApplySegmentPatchOptions, BigSegmentTargetLookup, SegmentPatchEffect } from "./segment-context.js";
export type { Segment, SegmentClause, SegmentContextTargets, SegmentRule } from "./segment-shape.js";
export { applySegmentExpiringTargetsPatch, applySegmentExpiringTargetsPatchWithErrors } from "./applySegmentExpiringTargetsPatch.js";
export {
  applySegmentExpiringUserTargetsPatch,
  applySegmentExpiringUserTargetsPatchWithErrors,
} from "./applySegmentExpiringUserTargetsPatch.js";
export { applyUserExpiringFlagsPatch, applyUserExpiringFlagsPatchWithErrors } from "./applyUserExpiringFlagsPatch.js";
export type { ApplySegmentExpiringTargetsOptions, ApplyUserExpiringFlagsOptions } from "./expiring-context.js";
export type { PartialPatchResult } from "./expiring-run.js";
export type { FailedInstruction } from "./run.js";
export type {
  ExpiringContextTarget,
  ExpiringContextTargets,
  ExpiringResourceId,
  ExpiringUserTarget,
  ExpiringUserTargets,
} from "./expiring-shape.js";
