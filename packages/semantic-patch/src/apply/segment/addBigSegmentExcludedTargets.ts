import type { SegmentAddBigSegmentExcludedTargetsInstruction as Instruction } from "../../types.js";
import { describe } from "../../validate.js";
import { requireBig } from "../big-segment.js";
import { reject } from "../run.js";
import type { SegmentApplyContext } from "../segment-context.js";
import type { Segment } from "../segment-shape.js";

/**
 * Applies `addBigSegmentExcludedTargets` (big segments only): records the addition of the keys to the big segment's excluded list as an effect for the host; a key the other list holds is rejected. The REST segment itself does not change.
 *
 * @example
 * addBigSegmentExcludedTargets(bigSegment, { kind: "addBigSegmentExcludedTargets", values: ["user-1"] }, context);
 */
export function addBigSegmentExcludedTargets(segment: Segment, instruction: Instruction, context: SegmentApplyContext): Segment {
  requireBig(segment);
  instruction.values.forEach((key, i) => {
    if (context.bigSegmentHas("included", key)) {
      reject(
        `values[${i}]`,
        `must not be both included and excluded: ${describe(key)} is already included (big segment ${describe(segment.key)})`,
      );
    }
  });
  context.changeBigSegmentTargets("excluded", true, instruction.values);
  return segment;
}
