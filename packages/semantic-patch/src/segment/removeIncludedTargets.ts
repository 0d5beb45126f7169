import type { InstructionParams, SegmentRemoveIncludedTargetsInstruction as Instruction } from "../types.js";
import { contextTargets, instruction } from "../validate.js";

/**
 * Removes context keys of one context kind from the segment's included targets.
 *
 * @example
 * segment.removeIncludedTargets({ contextKind: "org", values: ["org-key-123abc", "org-key-456def"] });
 */
export function removeIncludedTargets(params: InstructionParams<Instruction>): Instruction {
  return instruction("removeIncludedTargets", params, contextTargets);
}
