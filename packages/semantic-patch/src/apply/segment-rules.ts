/**
 * Finding and replacing rules and clauses, shared by the rule kinds. Rules and clauses are addressed
 * by `_id`; an instruction that names a missing one is rejected.
 */
import type { ClauseInput } from "../types.js";
import { describe } from "../validate.js";
import { reject } from "./run.js";
import type { Segment, SegmentClause, SegmentRule } from "./segment-shape.js";

/** The index of rule `ruleId`; rejects the instruction (at `field`) when the segment has no such rule. */
export function ruleIndex(segment: Segment, ruleId: string, field = "ruleId"): number {
  const at = segment.rules.findIndex((rule) => rule._id === ruleId);
  if (at === -1) reject(field, `must name a rule of the segment (no rule ${describe(ruleId)} in segment ${describe(segment.key)})`);
  return at;
}

/** The segment with rule `ruleId` replaced by `change(rule)`. */
export function updateRule(segment: Segment, ruleId: string, change: (rule: SegmentRule) => SegmentRule): Segment {
  const at = ruleIndex(segment, ruleId);
  return { ...segment, rules: segment.rules.map((rule, i) => (i === at ? change(rule) : rule)) };
}

/** The index of clause `clauseId` in `rule`; rejects the instruction (at `field`) when the rule has no such clause. */
export function clauseIndex(rule: SegmentRule, clauseId: string, field = "clauseId"): number {
  const at = rule.clauses.findIndex((clause) => clause._id === clauseId);
  if (at === -1) reject(field, `must name a clause of rule ${describe(rule._id)} (no clause ${describe(clauseId)})`);
  return at;
}

/** The segment with clause `clauseId` of rule `ruleId` replaced by `change(clause)`. */
export function updateClauseOf(
  segment: Segment,
  ruleId: string,
  clauseId: string,
  change: (clause: SegmentClause) => SegmentClause,
): Segment {
  return updateRule(segment, ruleId, (rule) => {
    const at = clauseIndex(rule, clauseId);
    return { ...rule, clauses: rule.clauses.map((clause, i) => (i === at ? change(clause) : clause)) };
  });
}

/** A stored clause from a clause input: the given `_id`, `contextKind` defaulting to `user`, `negate` to `false`. */
export function storedClause(input: ClauseInput, id: string): SegmentClause {
  return {
    _id: id,
    contextKind: input.contextKind ?? "user",
    attribute: input.attribute,
    op: input.op,
    values: [...input.values],
    negate: input.negate ?? false,
  };
}
