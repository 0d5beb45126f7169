import type { SegmentRemoveBigSegmentExcludedTargetsInstruction as Instruction } from "../../types.js";
import { requireBig } from "../big-segment.js";
import type { SegmentApplyContext } from "../segment-context.js";
import type { Segment } from "../segment-shape.js";

/**
 * Applies `removeBigSegmentExcludedTargets` (big segments only): records the removal of the keys from the big segment's excluded list as an effect for the host; keys that are not there are ignored. The REST segment itself does not change.
 *
 * @example
 * removeBigSegmentExcludedTargets(bigSegment, { kind: "removeBigSegmentExcludedTargets", values: ["user-1"] }, context);
 */
export function removeBigSegmentExcludedTargets(segment: Segment, instruction: Instruction, context: SegmentApplyContext): Segment {
  requireBig(segment);
  context.changeBigSegmentTargets("excluded", false, instruction.values);
  return segment;
}
