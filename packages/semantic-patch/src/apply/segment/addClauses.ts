import type { SegmentAddClausesInstruction as Instruction } from "../../types.js";
import { storedClause, updateRule } from "../segment-rules.js";
import type { SegmentApplyContext } from "../segment-context.js";
import type { Segment } from "../segment-shape.js";

/**
 * Applies `addClauses`: appends the clauses, with new ids, to rule `ruleId` (which must exist).
 *
 * @example
 * addClauses(segment, { kind: "addClauses", ruleId: "a902ef4a-…", clauses: [clause({ attribute: "email", op: "contains", values: ["value1"] })] }, context);
 */
export function addClauses(segment: Segment, instruction: Instruction, context: SegmentApplyContext): Segment {
  return updateRule(segment, instruction.ruleId, (rule) => ({
    ...rule,
    clauses: [...rule.clauses, ...instruction.clauses.map((clause) => storedClause(clause, context.generateId()))],
  }));
}
