import type { InstructionParams, SegmentRemoveRuleInstruction as Instruction } from "../types.js";
import { instruction, nonEmptyString } from "../validate.js";

/**
 * Removes the targeting rule `ruleId`.
 *
 * @example
 * segment.removeRule({ ruleId: "a902ef4a-2faf-4eaf-88e1-ecc356708a29" });
 */
export function removeRule(params: InstructionParams<Instruction>): Instruction {
  return instruction("removeRule", params, { ruleId: nonEmptyString });
}
