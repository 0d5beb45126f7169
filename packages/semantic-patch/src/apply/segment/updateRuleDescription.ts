import type { SegmentUpdateRuleDescriptionInstruction as Instruction } from "../../types.js";
import { updateRule } from "../segment-rules.js";
import type { Segment } from "../segment-shape.js";

/**
 * Applies `updateRuleDescription`: sets the description of rule `ruleId` (which must exist).
 *
 * @example
 * updateRuleDescription(segment, { kind: "updateRuleDescription", ruleId: "a902ef4a-…", description: "Students" });
 */
export function updateRuleDescription(segment: Segment, instruction: Instruction): Segment {
  return updateRule(segment, instruction.ruleId, (rule) => ({ ...rule, description: instruction.description }));
}
