import type { SegmentAddRuleInstruction as Instruction } from "../../types.js";
import { storedClause } from "../segment-rules.js";
import type { SegmentApplyContext } from "../segment-context.js";
import type { Segment, SegmentRule } from "../segment-shape.js";

/**
 * Applies `addRule`: appends a rule with a new id (and new clause ids); without `clauses` the rule has none and matches every context.
 *
 * @example
 * addRule(segment, { kind: "addRule", clauses: [clause({ attribute: "email", op: "endsWith", values: [".edu"] })] }, context);
 */
export function addRule(segment: Segment, instruction: Instruction, context: SegmentApplyContext): Segment {
  const rule: SegmentRule = {
    _id: context.generateId(),
    clauses: (instruction.clauses ?? []).map((clause) => storedClause(clause, context.generateId())),
    ...(instruction.description === undefined ? {} : { description: instruction.description }),
  };
  return { ...segment, rules: [...segment.rules, rule] };
}
