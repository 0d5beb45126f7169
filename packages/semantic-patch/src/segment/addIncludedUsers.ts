import type { InstructionParams, SegmentAddIncludedUsersInstruction as Instruction } from "../types.js";
import { instruction, keyTargets } from "../validate.js";

/**
 * Includes user keys in the segment (legacy users; prefer addIncludedTargets).
 *
 * @example
 * segment.addIncludedUsers({ values: ["user-key-123abc", "user-key-456def"] });
 */
export function addIncludedUsers(params: InstructionParams<Instruction>): Instruction {
  return instruction("addIncludedUsers", params, keyTargets);
}
