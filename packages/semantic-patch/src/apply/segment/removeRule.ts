import type { SegmentRemoveRuleInstruction as Instruction } from "../../types.js";
import type { Segment } from "../segment-shape.js";

/**
 * Applies `removeRule`: removes rule `ruleId`; does nothing if the segment has no such rule (as documented).
 *
 * @example
 * removeRule(segment, { kind: "removeRule", ruleId: "a902ef4a-…" });
 */
export function removeRule(segment: Segment, instruction: Instruction): Segment {
  return { ...segment, rules: segment.rules.filter((rule) => rule._id !== instruction.ruleId) };
}
