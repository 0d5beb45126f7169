import type { SegmentRemoveExcludedUsersInstruction as Instruction } from "../../types.js";
import { removeTargets, requireNotBig } from "../segment-targets.js";
import type { Segment } from "../segment-shape.js";

/**
 * Applies `removeExcludedUsers`: removes user keys (context kind `user`) from the excluded targets; keys that are not there are ignored.
 *
 * @example
 * removeExcludedUsers(segment, { kind: "removeExcludedUsers", values: ["user-1"] });
 */
export function removeExcludedUsers(segment: Segment, instruction: Instruction): Segment {
  requireNotBig(segment, "removeBigSegmentExcludedTargets");
  return removeTargets(segment, "excluded", "user", instruction.values);
}
