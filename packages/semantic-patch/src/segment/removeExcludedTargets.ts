import type { InstructionParams, SegmentRemoveExcludedTargetsInstruction as Instruction } from "../types.js";
import { contextTargets, instruction } from "../validate.js";

/**
 * Removes context keys of one context kind from the segment's excluded targets.
 *
 * @example
 * segment.removeExcludedTargets({ contextKind: "org", values: ["org-key-123abc", "org-key-456def"] });
 */
export function removeExcludedTargets(params: InstructionParams<Instruction>): Instruction {
  return instruction("removeExcludedTargets", params, contextTargets);
}
