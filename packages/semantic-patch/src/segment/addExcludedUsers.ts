import type { InstructionParams, SegmentAddExcludedUsersInstruction as Instruction } from "../types.js";
import { instruction, keyTargets } from "../validate.js";

/**
 * Excludes user keys from the segment (legacy users; prefer addExcludedTargets).
 *
 * @example
 * segment.addExcludedUsers({ values: ["user-key-123abc", "user-key-456def"] });
 */
export function addExcludedUsers(params: InstructionParams<Instruction>): Instruction {
  return instruction("addExcludedUsers", params, keyTargets);
}
