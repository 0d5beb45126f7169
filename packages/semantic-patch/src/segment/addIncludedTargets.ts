import type { InstructionParams, SegmentAddIncludedTargetsInstruction as Instruction } from "../types.js";
import { contextTargets, instruction } from "../validate.js";

/**
 * Includes context keys of one context kind in the segment (at most 1500 keys per instruction).
 *
 * @example
 * segment.addIncludedTargets({ contextKind: "org", values: ["org-key-123abc", "org-key-456def"] });
 */
export function addIncludedTargets(params: InstructionParams<Instruction>): Instruction {
  return instruction("addIncludedTargets", params, contextTargets);
}
