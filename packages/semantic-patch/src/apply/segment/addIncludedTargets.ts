import type { SegmentAddIncludedTargetsInstruction as Instruction } from "../../types.js";
import { addTargets, requireNotBig } from "../segment-targets.js";
import type { Segment } from "../segment-shape.js";

/**
 * Applies `addIncludedTargets`: adds context keys of `contextKind` to the included targets; a key the other list holds is rejected, a key already there is kept once.
 *
 * @example
 * addIncludedTargets(segment, { kind: "addIncludedTargets", contextKind: "org", values: ["org-1"] });
 */
export function addIncludedTargets(segment: Segment, instruction: Instruction): Segment {
  requireNotBig(segment, "addBigSegmentIncludedTargets");
  return addTargets(segment, "included", instruction.contextKind, instruction.values);
}
