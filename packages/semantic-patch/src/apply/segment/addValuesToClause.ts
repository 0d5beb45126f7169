import type { SegmentAddValuesToClauseInstruction as Instruction } from "../../types.js";
import { updateClauseOf } from "../segment-rules.js";
import type { Segment } from "../segment-shape.js";

/**
 * Applies `addValuesToClause`: appends the values clause `clauseId` of rule `ruleId` lacks; context kind, attribute and operator stay.
 *
 * @example
 * addValuesToClause(segment, { kind: "addValuesToClause", ruleId: "a902ef4a-…", clauseId: "10a58772-…", values: ["beta_testers"] });
 */
export function addValuesToClause(segment: Segment, instruction: Instruction): Segment {
  return updateClauseOf(segment, instruction.ruleId, instruction.clauseId, (clause) => {
    const have = new Set(clause.values);
    return { ...clause, values: [...clause.values, ...instruction.values.filter((value) => !have.has(value))] };
  });
}
