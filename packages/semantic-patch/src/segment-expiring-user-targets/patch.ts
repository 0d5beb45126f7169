import { oneInstructionPerTarget, semanticPatch, type PatchBuilder } from "../body.js";
import type { SegmentExpiringUserTargetInstruction, SegmentExpiringUserTargetsSemanticPatch } from "../types.js";
import * as segmentExpiringUserTargets from "./index.js";

const body = semanticPatch<typeof segmentExpiringUserTargets, SegmentExpiringUserTargetsSemanticPatch>({
  name: "validateSegmentExpiringUserTargetsPatch",
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
 * Validates a whole body of `patchExpiringUserTargetsForSegment` (legacy users; prefer the context
 * form) and returns a copy: every instruction, and that no two instructions address the same user target.
 *
 * @example
 * validateSegmentExpiringUserTargetsPatch({
 *   instructions: [segmentExpiringUserTargets.removeExpireUserTargetDate({ targetType: "included", userKey: "user-key-123abc" })],
 * });
 */
export function validateSegmentExpiringUserTargetsPatch(
  patch: SegmentExpiringUserTargetsSemanticPatch,
): SegmentExpiringUserTargetsSemanticPatch {
  return body.validate(patch);
}

/**
 * Starts a fluent `patchExpiringUserTargetsForSegment` body: chain one method per instruction
 * kind, then `comment()` and `build()`.
 *
 * @example
 * segmentExpiringUserTargetsPatch()
 *   .addExpireUserTargetDate({ targetType: "included", userKey: "user-key-123abc", value: 1653469200000 })
 *   .build();
 */
export function segmentExpiringUserTargetsPatch(): PatchBuilder<
  typeof segmentExpiringUserTargets,
  SegmentExpiringUserTargetsSemanticPatch
> {
  return body.builder({});
}
