import type { InstructionParams, SegmentReorderRulesInstruction as Instruction } from "../types.js";
import { ids, instruction } from "../validate.js";

/**
 * Reorders the segment's rules; `ruleIds` lists every rule ID once, in the new order.
 *
 * @example
 * segment.reorderRules({ ruleIds: ["a902ef4a-2faf-4eaf-88e1-ecc356708a29", "63c238d1-835d-435e-8f21-c8d5e40b2a3d"] });
 */
export function reorderRules(params: InstructionParams<Instruction>): Instruction {
  return instruction("reorderRules", params, { ruleIds: ids });
}
