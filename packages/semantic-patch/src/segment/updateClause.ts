import type { InstructionParams, SegmentUpdateClauseInstruction as Instruction } from "../types.js";
import { clauseInput, instruction, nonEmptyString } from "../validate.js";

/**
 * Replaces the clause `clauseId` of the rule `ruleId` with `clause`.
 *
 * @example
 * segment.updateClause({
 *   ruleId: "a902ef4a-2faf-4eaf-88e1-ecc356708a29",
 *   clauseId: "10c7462a-2062-45ba-a8bb-dfb3de0f8af5",
 *   clause: clause({ attribute: "country", op: "in", values: ["Mexico", "Canada"] }),
 * });
 */
export function updateClause(params: InstructionParams<Instruction>): Instruction {
  return instruction("updateClause", params, { ruleId: nonEmptyString, clauseId: nonEmptyString, clause: clauseInput });
}
