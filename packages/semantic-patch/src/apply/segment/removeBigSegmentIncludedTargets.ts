import type { SegmentRemoveBigSegmentIncludedTargetsInstruction as Instruction } from "../../types.js";
import { requireBig } from "../big-segment.js";
import type { SegmentApplyContext } from "../segment-context.js";
import type { Segment } from "../segment-shape.js";

/**
 * Applies `removeBigSegmentIncludedTargets` (big segments only): records the removal of the keys from the big segment's included list as an effect for the host; keys that are not there are ignored. The REST segment itself does not change.
 *
 * @example
 * removeBigSegmentIncludedTargets(bigSegment, { kind: "removeBigSegmentIncludedTargets", values: ["user-1"] }, context);
 */
export function removeBigSegmentIncludedTargets(segment: Segment, instruction: Instruction, context: SegmentApplyContext): Segment {
  requireBig(segment);
  context.changeBigSegmentTargets("included", false, instruction.values);
  return segment;
}
