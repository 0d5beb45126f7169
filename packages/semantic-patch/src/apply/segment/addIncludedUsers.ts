import type { SegmentAddIncludedUsersInstruction as Instruction } from "../../types.js";
import { addTargets, requireNotBig } from "../segment-targets.js";
import type { Segment } from "../segment-shape.js";

/**
 * Applies `addIncludedUsers`: adds user keys (context kind `user`) to the included targets; a key the other list holds is rejected.
 *
 * @example
 * addIncludedUsers(segment, { kind: "addIncludedUsers", values: ["user-1"] });
 */
export function addIncludedUsers(segment: Segment, instruction: Instruction): Segment {
  requireNotBig(segment, "addBigSegmentIncludedTargets");
  return addTargets(segment, "included", "user", instruction.values);
}
