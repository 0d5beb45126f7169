import type { InstructionParams, SegmentRemoveBigSegmentIncludedTargetsInstruction as Instruction } from "../types.js";
import { instruction, keyTargets } from "../validate.js";

/**
 * Removes context keys from a big segment's included targets.
 *
 * @example
 * segment.removeBigSegmentIncludedTargets({ values: ["org-key-123abc", "org-key-456def"] });
 */
export function removeBigSegmentIncludedTargets(params: InstructionParams<Instruction>): Instruction {
  return instruction("removeBigSegmentIncludedTargets", params, keyTargets);
}
