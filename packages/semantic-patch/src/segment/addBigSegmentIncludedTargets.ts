import type { InstructionParams, SegmentAddBigSegmentIncludedTargetsInstruction as Instruction } from "../types.js";
import { instruction, keyTargets } from "../validate.js";

/**
 * Includes context keys in a big (larger list-based) segment (at most 1500 keys per instruction).
 *
 * @example
 * segment.addBigSegmentIncludedTargets({ values: ["org-key-123abc", "org-key-456def"] });
 */
export function addBigSegmentIncludedTargets(params: InstructionParams<Instruction>): Instruction {
  return instruction("addBigSegmentIncludedTargets", params, keyTargets);
}
