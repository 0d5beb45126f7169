import type { SegmentRemoveClausesInstruction as Instruction } from "../../types.js";
import { clauseIndex, updateRule } from "../segment-rules.js";
import type { Segment } from "../segment-shape.js";

/**
 * Applies `removeClauses`: removes the clauses `clauseIds` from rule `ruleId`; the rule and every clause must exist.
 *
 * @example
 * removeClauses(segment, { kind: "removeClauses", ruleId: "a902ef4a-…", clauseIds: ["10a58772-…"] });
 */
export function removeClauses(segment: Segment, instruction: Instruction): Segment {
  return updateRule(segment, instruction.ruleId, (rule) => {
    instruction.clauseIds.forEach((id, i) => {
      clauseIndex(rule, id, `clauseIds[${i}]`);
    });
    const gone = new Set(instruction.clauseIds);
    return { ...rule, clauses: rule.clauses.filter((clause) => clause._id === undefined || !gone.has(clause._id)) };
  });
}
