import type { InstructionParams, SegmentUpdateRuleRolloutAndContextKindInstruction as Instruction } from "../types.js";
import { contextKind, instruction, nonEmptyString, weight } from "../validate.js";

/**
 * Sets the percentage (`weight`, an integer number of thousandths of a percent, 0 to 100000) and context kind of a percentage rule.
 *
 * @example
 * segment.updateRuleRolloutAndContextKind({ ruleId: "a902ef4a-2faf-4eaf-88e1-ecc356708a29", weight: 20000, contextKind: "device" });
 */
export function updateRuleRolloutAndContextKind(params: InstructionParams<Instruction>): Instruction {
  return instruction("updateRuleRolloutAndContextKind", params, { ruleId: nonEmptyString, weight, contextKind });
}
