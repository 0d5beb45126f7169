import type { SegmentAddExcludedTargetsInstruction as Instruction } from "../../types.js";
import { addTargets, requireNotBig } from "../segment-targets.js";
import type { Segment } from "../segment-shape.js";

/**
 * Applies `addExcludedTargets`: adds context keys of `contextKind` to the excluded targets; a key the other list holds is rejected, a key already there is kept once.
 *
 * @example
 * addExcludedTargets(segment, { kind: "addExcludedTargets", contextKind: "org", values: ["org-1"] });
 */
export function addExcludedTargets(segment: Segment, instruction: Instruction): Segment {
  requireNotBig(segment, "addBigSegmentExcludedTargets");
  return addTargets(segment, "excluded", instruction.contextKind, instruction.values);
}
