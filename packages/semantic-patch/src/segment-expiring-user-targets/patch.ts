import { oneInstructionPerTarget, semanticPatch, type PatchBuilder } from "../body.js";
import type { SegmentExpiringUserTargetInstruction, SegmentExpiringUserTargetsSemanticPatch } from "../types.js";
import * as segmentExpiringUserTargets from "./index.js";

const body = semanticPatch<typeof segmentExpiringUserTargets, SegmentExpiringUserTargetsSemanticPatch>({
  name: "segmentExpiringUserTargetsPatch",
  group: "segmentExpiringUserTargets",
  ns: segmentExpiringUserTargets,
  head: {},
  rules: [
    oneInstructionPerTarget(
      (i: SegmentExpiringUserTargetInstruction) => ({ id: JSON.stringify([i.targetType, i.userKey]), field: "userKey" }),
      "one instruction per user target and patch",
    ),
  ],
});

/**
 * Builds the body of `patchExpiringUserTargetsForSegment` (legacy users; prefer the context form),
 * validating every instruction and that no two instructions address the same user target.
 *
 * @example
 * segmentExpiringUserTargetsPatch({
 *   instructions: [segmentExpiringUserTargets.removeExpireUserTargetDate({ targetType: "included", userKey: "user-key-123abc" })],
 * });
 */
export function segmentExpiringUserTargetsPatch(patch: SegmentExpiringUserTargetsSemanticPatch): SegmentExpiringUserTargetsSemanticPatch {
  return body.validate(patch);
}

/**
 * Starts a fluent `patchExpiringUserTargetsForSegment` body: chain one method per instruction
 * kind, then `comment()` and `build()`.
 *
 * @example
 * segmentExpiringUserTargetsPatchBuilder()
 *   .addExpireUserTargetDate({ targetType: "included", userKey: "user-key-123abc", value: 1653469200000 })
 *   .build();
 */
export function segmentExpiringUserTargetsPatchBuilder(): PatchBuilder<typeof segmentExpiringUserTargets, SegmentExpiringUserTargetsSemanticPatch> {
  return body.builder({});
}
