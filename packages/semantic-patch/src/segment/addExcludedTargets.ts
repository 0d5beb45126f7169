import type { InstructionParams, SegmentAddExcludedTargetsInstruction as Instruction } from "../types.js";
import { contextTargets, instruction } from "../validate.js";

/**
 * Excludes context keys of one context kind from the segment (at most 1500 keys per instruction).
 *
 * @example
 * segment.addExcludedTargets({ contextKind: "org", values: ["org-key-123abc", "org-key-456def"] });
 */
export function addExcludedTargets(params: InstructionParams<Instruction>): Instruction {
  return instruction("addExcludedTargets", params, contextTargets);
}
