import type { SegmentUpdateClauseInstruction as Instruction } from "../../types.js";
import { storedClause, updateClauseOf } from "../segment-rules.js";
import type { Segment } from "../segment-shape.js";

/**
 * Applies `updateClause`: replaces clause `clauseId` of rule `ruleId` with `clause` (keeping its id; `contextKind` defaults to `user`, `negate` to `false`).
 *
 * @example
 * updateClause(segment, { kind: "updateClause", ruleId: "a902ef4a-…", clauseId: "10c7462a-…", clause: clause({ attribute: "country", op: "in", values: ["Mexico"] }) });
 */
export function updateClause(segment: Segment, instruction: Instruction): Segment {
  return updateClauseOf(segment, instruction.ruleId, instruction.clauseId, () => storedClause(instruction.clause, instruction.clauseId));
}
