import type { SegmentUpdateRuleRolloutAndContextKindInstruction as Instruction } from "../../types.js";
import { updateRule } from "../segment-rules.js";
import type { Segment } from "../segment-shape.js";

/**
 * Applies `updateRuleRolloutAndContextKind`: sets the `weight` and `rolloutContextKind` of rule `ruleId` (which must exist).
 *
 * @example
 * updateRuleRolloutAndContextKind(segment, { kind: "updateRuleRolloutAndContextKind", ruleId: "a902ef4a-…", weight: 20000, contextKind: "device" });
 */
export function updateRuleRolloutAndContextKind(segment: Segment, instruction: Instruction): Segment {
  return updateRule(segment, instruction.ruleId, (rule) => ({
    ...rule,
    weight: instruction.weight,
    rolloutContextKind: instruction.contextKind,
  }));
}
