import type { SegmentRemoveExcludedTargetsInstruction as Instruction } from "../../types.js";
import { removeTargets, requireNotBig } from "../segment-targets.js";
import type { Segment } from "../segment-shape.js";

/**
 * Applies `removeExcludedTargets`: removes context keys of `contextKind` from the excluded targets; keys that are not there are ignored.
 *
 * @example
 * removeExcludedTargets(segment, { kind: "removeExcludedTargets", contextKind: "org", values: ["org-1"] });
 */
export function removeExcludedTargets(segment: Segment, instruction: Instruction): Segment {
  requireNotBig(segment, "removeBigSegmentExcludedTargets");
  return removeTargets(segment, "excluded", instruction.contextKind, instruction.values);
}
