import type { InstructionParams, SegmentRemoveClausesInstruction as Instruction } from "../types.js";
import { ids, instruction, nonEmptyString } from "../validate.js";

/**
 * Removes the clauses `clauseIds` from the rule `ruleId`.
 *
 * @example
 * segment.removeClauses({ ruleId: "a902ef4a-2faf-4eaf-88e1-ecc356708a29", clauseIds: ["10a58772-3121-400f-846b-b8a04e8944ed"] });
 */
export function removeClauses(params: InstructionParams<Instruction>): Instruction {
  return instruction("removeClauses", params, { ruleId: nonEmptyString, clauseIds: ids });
}
