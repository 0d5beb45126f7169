import type { InstructionParams, SegmentAddClausesInstruction as Instruction } from "../types.js";
import { clauses, instruction, nonEmptyString } from "../validate.js";

/**
 * Adds clauses to the rule `ruleId`.
 *
 * @example
 * segment.addClauses({
 *   ruleId: "a902ef4a-2faf-4eaf-88e1-ecc356708a29",
 *   clauses: [clause({ attribute: "email", op: "contains", values: ["value1"] })],
 * });
 */
export function addClauses(params: InstructionParams<Instruction>): Instruction {
  return instruction("addClauses", params, { ruleId: nonEmptyString, clauses });
}
