import type { InstructionParams, SegmentAddRuleInstruction as Instruction } from "../types.js";
import { clauses, instruction, optional, text } from "../validate.js";

/**
 * Adds a targeting rule, optionally with clauses (build them with `clause()` or pass plain objects).
 * A rule without clauses matches every context (useful with a percentage rollout), so an empty
 * `clauses` list, usually a filter that found nothing, is rejected: leave the field out instead.
 *
 * @example
 * segment.addRule({
 *   clauses: [clause({ attribute: "email", op: "endsWith", values: [".edu"] })],
 *   description: "University students",
 * });
 */
export function addRule(params: InstructionParams<Instruction>): Instruction {
  return instruction("addRule", params, { clauses: optional(clauses), description: optional(text) });
}
