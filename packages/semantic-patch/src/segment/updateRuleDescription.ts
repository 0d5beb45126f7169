import type { InstructionParams, SegmentUpdateRuleDescriptionInstruction as Instruction } from "../types.js";
import { instruction, nonEmptyString, text } from "../validate.js";

/**
 * Sets the description of the rule `ruleId`.
 *
 * @example
 * segment.updateRuleDescription({ ruleId: "a902ef4a-2faf-4eaf-88e1-ecc356708a29", description: "New rule description" });
 */
export function updateRuleDescription(params: InstructionParams<Instruction>): Instruction {
  return instruction("updateRuleDescription", params, { ruleId: nonEmptyString, description: text });
}
