import type { SegmentReorderRulesInstruction as Instruction } from "../../types.js";
import { describe } from "../../validate.js";
import { reject } from "../run.js";
import type { Segment, SegmentRule } from "../segment-shape.js";

/**
 * Applies `reorderRules`: puts the rules in the order of `ruleIds`, which must name every current rule exactly once.
 *
 * @example
 * reorderRules(segment, { kind: "reorderRules", ruleIds: ["63c238d1-…", "a902ef4a-…"] });
 */
export function reorderRules(segment: Segment, instruction: Instruction): Segment {
  const byId = new Map(segment.rules.map((rule, i) => [rule._id ?? `#${i}`, rule] as const));
  instruction.ruleIds.forEach((id, i) => {
    if (!byId.has(id))
      reject(`ruleIds[${i}]`, `must name a rule of the segment (no rule ${describe(id)} in segment ${describe(segment.key)})`);
  });
  const named = new Set(instruction.ruleIds);
  const missing = [...byId.keys()].filter((id) => !named.has(id));
  if (missing.length > 0)
    reject("ruleIds", `must name every rule of the segment exactly once (missing ${missing.map(describe).join(", ")})`);
  return { ...segment, rules: instruction.ruleIds.map((id) => byId.get(id) as SegmentRule) };
}
