import type { InstructionParams, SegmentRemoveIncludedUsersInstruction as Instruction } from "../types.js";
import { instruction, keyTargets } from "../validate.js";

/**
 * Removes user keys from the segment's included users (legacy users; prefer removeIncludedTargets).
 *
 * @example
 * segment.removeIncludedUsers({ values: ["user-key-123abc", "user-key-456def"] });
 */
export function removeIncludedUsers(params: InstructionParams<Instruction>): Instruction {
  return instruction("removeIncludedUsers", params, keyTargets);
}
