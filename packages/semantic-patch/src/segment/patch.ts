import { semanticPatch, type CrossRule, type PatchBuilder } from "../body.js";
import type { SegmentInstruction, SegmentSemanticPatch } from "../types.js";
import { describe, fail, nonEmptyString } from "../validate.js";
import * as segment from "./index.js";

type TargetList = "included" | "excluded";
type Effect = { readonly list: TargetList; readonly add: boolean; readonly family: "contexts" | "users" | "bigSegment" };

/** The instructions that change target lists, and how. */
const EFFECTS: Partial<Record<SegmentInstruction["kind"], Effect>> = {
  addIncludedTargets: { list: "included", add: true, family: "contexts" },
  addExcludedTargets: { list: "excluded", add: true, family: "contexts" },
  removeIncludedTargets: { list: "included", add: false, family: "contexts" },
  removeExcludedTargets: { list: "excluded", add: false, family: "contexts" },
  addIncludedUsers: { list: "included", add: true, family: "users" },
  addExcludedUsers: { list: "excluded", add: true, family: "users" },
  removeIncludedUsers: { list: "included", add: false, family: "users" },
  removeExcludedUsers: { list: "excluded", add: false, family: "users" },
  addBigSegmentIncludedTargets: { list: "included", add: true, family: "bigSegment" },
  addBigSegmentExcludedTargets: { list: "excluded", add: true, family: "bigSegment" },
  removeBigSegmentIncludedTargets: { list: "included", add: false, family: "bigSegment" },
  removeBigSegmentExcludedTargets: { list: "excluded", add: false, family: "bigSegment" },
};

/** True for the 12 kinds whose `values` are target keys (subject to the 1500-key limit). */
export function carriesTargetKeys(kind: string): kind is SegmentInstruction["kind"] {
  return Object.hasOwn(EFFECTS, kind);
}

/** The number of target keys an instruction carries (0 for instructions without target keys). */
export function targetKeyCount(instruction: SegmentInstruction): number {
  return carriesTargetKeys(instruction.kind) ? (instruction as { values: readonly string[] }).values.length : 0;
}

/**
 * Cross-instruction rule: walking the instructions in order, a key may not be added to the
 * included list while an earlier instruction of the patch added it to the excluded list (or the
 * reverse), unless a removal in between took it out again. Context targets conflict per context
 * kind; user keys (*Users kinds) and big segment targets each form their own lists.
 */
export const noKeyBothIncludedAndExcluded: CrossRule<SegmentInstruction> = (instructions, _kind, field) => {
  const added = new Map<string, Record<TargetList, Map<string, number>>>();
  instructions.forEach((instruction, i) => {
    const effect = EFFECTS[instruction.kind];
    if (effect === undefined) return;
    const contextKind = effect.family === "contexts" ? (instruction as { contextKind: string }).contextKind : undefined;
    const listName =
      contextKind === undefined
        ? effect.family === "users"
          ? "user keys"
          : "big segment targets"
        : `contextKind ${describe(contextKind)}`;
    const lists = added.get(listName) ?? { included: new Map<string, number>(), excluded: new Map<string, number>() };
    added.set(listName, lists);
    const own = lists[effect.list];
    const other = lists[effect.list === "included" ? "excluded" : "included"];
    (instruction as { values: readonly string[] }).values.forEach((key, j) => {
      if (!effect.add) {
        own.delete(key);
        return;
      }
      const earlier = other.get(key);
      if (earlier !== undefined) {
        fail(
          instruction.kind,
          `${field}[${i}].values[${j}]`,
          `must not be both included and excluded: ${field}[${earlier}] already ${effect.list === "included" ? "excludes" : "includes"} ${describe(key)} (${listName})`,
        );
      }
      own.set(key, i);
    });
  });
};

const body = semanticPatch<typeof segment, SegmentSemanticPatch>({
  name: "validateSegmentPatch",
  group: "segment",
  ns: segment,
  head: { environmentKey: nonEmptyString },
  rules: [noKeyBothIncludedAndExcluded],
});

/**
 * Validates a whole semantic-patch body of `patchSegment` and returns a copy: every instruction and
 * the cross-instruction rules (no key both included and excluded in one patch).
 *
 * @example
 * validateSegmentPatch({
 *   environmentKey: "production",
 *   instructions: [segment.addIncludedTargets({ contextKind: "org", values: ["org-1"] })],
 *   comment: "Add the pilot customer",
 * });
 */
export function validateSegmentPatch(patch: SegmentSemanticPatch): SegmentSemanticPatch {
  return body.validate(patch);
}

/**
 * Starts a fluent `patchSegment` semantic patch for one environment: chain one method per
 * instruction kind, then `comment()` and `build()`.
 *
 * @example
 * segmentPatch("production")
 *   .addIncludedTargets({ contextKind: "org", values: ["org-1"] })
 *   .addRule({ clauses: [clause({ attribute: "email", op: "endsWith", values: [".edu"] })] })
 *   .comment("Pilot customers and students")
 *   .build();
 */
export function segmentPatch(environmentKey: string): PatchBuilder<typeof segment, SegmentSemanticPatch> {
  return body.builder({ environmentKey });
}
