import type { SegmentRemoveIncludedUsersInstruction as Instruction } from "../../types.js";
import { removeTargets, requireNotBig } from "../segment-targets.js";
import type { Segment } from "../segment-shape.js";

/**
 * Applies `removeIncludedUsers`: removes user keys (context kind `user`) from the included targets; keys that are not there are ignored.
 *
 * @example
 * removeIncludedUsers(segment, { kind: "removeIncludedUsers", values: ["user-1"] });
 */
export function removeIncludedUsers(segment: Segment, instruction: Instruction): Segment {
  requireNotBig(segment, "removeBigSegmentIncludedTargets");
  return removeTargets(segment, "included", "user", instruction.values);
}
