import type { InstructionParams, SegmentRemoveExcludedUsersInstruction as Instruction } from "../types.js";
import { instruction, keyTargets } from "../validate.js";

/**
 * Removes user keys from the segment's excluded users (legacy users; prefer removeExcludedTargets).
 *
 * @example
 * segment.removeExcludedUsers({ values: ["user-key-123abc", "user-key-456def"] });
 */
export function removeExcludedUsers(params: InstructionParams<Instruction>): Instruction {
  return instruction("removeExcludedUsers", params, keyTargets);
}
