import type { InstructionParams, SegmentRemoveValuesFromClauseInstruction as Instruction } from "../types.js";
import { clauseValueChange, instruction } from "../validate.js";

/**
 * Removes values from the clause `clauseId` of the rule `ruleId` (context kind, attribute and operator stay).
 *
 * @example
 * segment.removeValuesFromClause({
 *   ruleId: "a902ef4a-2faf-4eaf-88e1-ecc356708a29",
 *   clauseId: "10a58772-3121-400f-846b-b8a04e8944ed",
 *   values: ["beta_testers"],
 * });
 */
export function removeValuesFromClause(params: InstructionParams<Instruction>): Instruction {
  return instruction("removeValuesFromClause", params, clauseValueChange);
}
