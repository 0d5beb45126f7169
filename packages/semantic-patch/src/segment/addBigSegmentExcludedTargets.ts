import type { InstructionParams, SegmentAddBigSegmentExcludedTargetsInstruction as Instruction } from "../types.js";
import { instruction, keyTargets } from "../validate.js";

/**
 * Excludes context keys from a big (larger list-based) segment (at most 1500 keys per instruction).
 *
 * @example
 * segment.addBigSegmentExcludedTargets({ values: ["org-key-123abc", "org-key-456def"] });
 */
export function addBigSegmentExcludedTargets(params: InstructionParams<Instruction>): Instruction {
  return instruction("addBigSegmentExcludedTargets", params, keyTargets);
}
