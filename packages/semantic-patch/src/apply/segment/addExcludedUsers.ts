import type { SegmentAddExcludedUsersInstruction as Instruction } from "../../types.js";
import { addTargets, requireNotBig } from "../segment-targets.js";
import type { Segment } from "../segment-shape.js";

/**
 * Applies `addExcludedUsers`: adds user keys (context kind `user`) to the excluded targets; a key the other list holds is rejected.
 *
 * @example
 * addExcludedUsers(segment, { kind: "addExcludedUsers", values: ["user-1"] });
 */
export function addExcludedUsers(segment: Segment, instruction: Instruction): Segment {
  requireNotBig(segment, "addBigSegmentExcludedTargets");
  return addTargets(segment, "excluded", "user", instruction.values);
}
