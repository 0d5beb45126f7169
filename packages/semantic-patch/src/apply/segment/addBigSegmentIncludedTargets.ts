import type { SegmentAddBigSegmentIncludedTargetsInstruction as Instruction } from "../../types.js";
import { describe } from "../../validate.js";
import { requireBig } from "../big-segment.js";
import { reject } from "../run.js";
import type { SegmentApplyContext } from "../segment-context.js";
import type { Segment } from "../segment-shape.js";

/**
 * Applies `addBigSegmentIncludedTargets` (big segments only): records the addition of the keys to the big segment's included list as an effect for the host; a key the other list holds is rejected. The REST segment itself does not change.
 *
 * @example
 * addBigSegmentIncludedTargets(bigSegment, { kind: "addBigSegmentIncludedTargets", values: ["user-1"] }, context);
 */
export function addBigSegmentIncludedTargets(segment: Segment, instruction: Instruction, context: SegmentApplyContext): Segment {
  requireBig(segment);
  instruction.values.forEach((key, i) => {
    if (context.bigSegmentHas("excluded", key)) {
      reject(
        `values[${i}]`,
        `must not be both included and excluded: ${describe(key)} is already excluded (big segment ${describe(segment.key)})`,
      );
    }
  });
  context.changeBigSegmentTargets("included", true, instruction.values);
  return segment;
}
