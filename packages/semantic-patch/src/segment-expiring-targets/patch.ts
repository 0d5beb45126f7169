import { oneInstructionPerTarget, semanticPatch, type PatchBuilder } from "../body.js";
import type { SegmentExpiringTargetInstruction, SegmentExpiringTargetsSemanticPatch } from "../types.js";
import * as segmentExpiringTargets from "./index.js";

const body = semanticPatch<typeof segmentExpiringTargets, SegmentExpiringTargetsSemanticPatch>({
  name: "validateSegmentExpiringTargetsPatch",
  group: "segmentExpiringTargets",
  ns: segmentExpiringTargets,
  head: {},
  rules: [
    oneInstructionPerTarget(
      (i: SegmentExpiringTargetInstruction) => ({ id: JSON.stringify([i.targetType, i.contextKind, i.contextKey]), field: "contextKey" }),
      "one instruction per context target and patch",
    ),
  ],
});

/**
 * Validates a whole body of `patchExpiringTargetsForSegment` and returns a copy: every instruction,
 * and that no two instructions address the same context target.
 *
 * @example
 * validateSegmentExpiringTargetsPatch({
 *   instructions: [
 *     segmentExpiringTargets.addExpiringTarget({ targetType: "included", contextKey: "user-key-123abc", contextKind: "user", value: 1754092860000 }),
 *   ],
 * });
 */
export function validateSegmentExpiringTargetsPatch(patch: SegmentExpiringTargetsSemanticPatch): SegmentExpiringTargetsSemanticPatch {
  return body.validate(patch);
}

/**
 * Starts a fluent `patchExpiringTargetsForSegment` body: chain one method per instruction kind,
 * then `comment()` and `build()`.
 *
 * @example
 * segmentExpiringTargetsPatch()
 *   .addExpiringTarget({ targetType: "included", contextKey: "user-key-123abc", contextKind: "user", value: 1754092860000 })
 *   .comment("Trial ends")
 *   .build();
 */
export function segmentExpiringTargetsPatch(): PatchBuilder<typeof segmentExpiringTargets, SegmentExpiringTargetsSemanticPatch> {
  return body.builder({});
}
