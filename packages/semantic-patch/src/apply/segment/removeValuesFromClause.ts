import type { SegmentRemoveValuesFromClauseInstruction as Instruction } from "../../types.js";
import { updateClauseOf } from "../segment-rules.js";
import type { Segment } from "../segment-shape.js";

/**
 * Applies `removeValuesFromClause`: removes the values from clause `clauseId` of rule `ruleId`; values it lacks are ignored.
 *
 * @example
 * removeValuesFromClause(segment, { kind: "removeValuesFromClause", ruleId: "a902ef4a-…", clauseId: "10a58772-…", values: ["beta_testers"] });
 */
export function removeValuesFromClause(segment: Segment, instruction: Instruction): Segment {
  const gone = new Set(instruction.values);
  return updateClauseOf(segment, instruction.ruleId, instruction.clauseId, (clause) => ({
    ...clause,
    values: clause.values.filter((value) => !gone.has(value)),
  }));
}
