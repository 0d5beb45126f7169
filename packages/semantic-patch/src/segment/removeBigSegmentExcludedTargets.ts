import type { InstructionParams, SegmentRemoveBigSegmentExcludedTargetsInstruction as Instruction } from "../types.js";
import { instruction, keyTargets } from "../validate.js";

/**
 * Removes context keys from a big segment's excluded targets.
 *
 * @example
 * segment.removeBigSegmentExcludedTargets({ values: ["org-key-123abc", "org-key-456def"] });
 */
export function removeBigSegmentExcludedTargets(params: InstructionParams<Instruction>): Instruction {
  return instruction("removeBigSegmentExcludedTargets", params, keyTargets);
}
