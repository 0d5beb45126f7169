import type { SegmentRemoveIncludedTargetsInstruction as Instruction } from "../../types.js";
import { removeTargets, requireNotBig } from "../segment-targets.js";
import type { Segment } from "../segment-shape.js";

/**
 * Applies `removeIncludedTargets`: removes context keys of `contextKind` from the included targets; keys that are not there are ignored.
 *
 * @example
 * removeIncludedTargets(segment, { kind: "removeIncludedTargets", contextKind: "org", values: ["org-1"] });
 */
export function removeIncludedTargets(segment: Segment, instruction: Instruction): Segment {
  requireNotBig(segment, "removeBigSegmentIncludedTargets");
  return removeTargets(segment, "included", instruction.contextKind, instruction.values);
}
