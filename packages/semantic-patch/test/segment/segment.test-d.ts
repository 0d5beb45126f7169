import { describe, expectTypeOf, it } from "vitest";
import {
  chunkSegmentPatch,
  clause,
  segment,
  segmentExpiringTargets,
  segmentPatch,
  validateSegmentPatch,
  splitTargets,
  userExpiringFlags,
  type ClauseInput,
  type PatchBuilder,
  type SegmentAddIncludedTargetsInstruction,
  type SegmentAddRuleInstruction,
  type SegmentAddTagsInstruction,
  type SegmentInstruction,
  type SegmentSemanticPatch,
  type SegmentUpdateRuleRolloutAndContextKindInstruction,
} from "../../src/index.js";

const RULE = "a902ef4a-2faf-4eaf-88e1-ecc356708a29";

describe("segment builders (types)", () => {
  it("has one builder per kind, each returning the generated instruction type of its kind", () => {
    type Built = { [K in keyof typeof segment]: ReturnType<(typeof segment)[K]> };
    type Wanted = { [K in SegmentInstruction["kind"]]: Extract<SegmentInstruction, { kind: K }> };
    expectTypeOf<Built>().toEqualTypeOf<Wanted>();
    expectTypeOf(segment.addTags({ values: ["beta"] })).toEqualTypeOf<SegmentAddTagsInstruction>();
    expectTypeOf(
      segment.addIncludedTargets({ contextKind: "org", values: ["org-1"] }),
    ).toEqualTypeOf<SegmentAddIncludedTargetsInstruction>();
    expectTypeOf(
      segment.updateRuleRolloutAndContextKind({ ruleId: RULE, weight: 20000, contextKind: "device" }),
    ).toEqualTypeOf<SegmentUpdateRuleRolloutAndContextKindInstruction>();
    expectTypeOf(segment.addRule({})).toEqualTypeOf<SegmentAddRuleInstruction>();
    expectTypeOf(clause({ attribute: "email", op: "endsWith", values: [".edu"] })).toEqualTypeOf<ClauseInput>();
  });

  it("rejects a missing required field", () => {
    // @ts-expect-error values is required
    segment.addTags({});
    // @ts-expect-error contextKind is required
    segment.addIncludedTargets({ values: ["org-1"] });
    // @ts-expect-error weight is required
    segment.updateRuleRolloutAndContextKind({ ruleId: RULE, contextKind: "device" });
    // @ts-expect-error clause is required
    segment.updateClause({ ruleId: RULE, clauseId: "c" });
    // @ts-expect-error values is required in a clause
    clause({ attribute: "email", op: "endsWith" });
  });

  it("rejects an unknown field", () => {
    // @ts-expect-error contextKind is not a field of addIncludedUsers
    segment.addIncludedUsers({ contextKind: "user", values: ["u1"] });
    // @ts-expect-error kind is added by the builder
    segment.addTags({ kind: "addTags", values: ["beta"] });
    // @ts-expect-error ruleId is not a field of reorderRules (the documented example's mistake)
    segment.reorderRules({ ruleIds: [RULE], ruleId: RULE });
    // @ts-expect-error negated is not a clause field
    clause({ attribute: "email", op: "endsWith", values: [".edu"], negated: true });
  });

  it("rejects wrongly typed values", () => {
    // @ts-expect-error weight is a number, not the documented string
    segment.updateRuleRolloutAndContextKind({ ruleId: RULE, weight: "20000", contextKind: "device" });
    // @ts-expect-error operators are case sensitive
    clause({ attribute: "email", op: "EndsWith", values: [".edu"] });
    // @ts-expect-error values are strings, numbers or booleans
    segment.addValuesToClause({ ruleId: RULE, clauseId: "c", values: [null] });
  });

  it("accepts only segment instructions in a patchSegment body", () => {
    expectTypeOf(
      validateSegmentPatch({ environmentKey: "production", instructions: [segment.removeRule({ ruleId: RULE })] }),
    ).toEqualTypeOf<SegmentSemanticPatch>();
    validateSegmentPatch({
      environmentKey: "production",
      // @ts-expect-error an expiring-target instruction belongs to patchExpiringTargetsForSegment
      instructions: [segmentExpiringTargets.removeExpiringTarget({ targetType: "included", contextKey: "k", contextKind: "user" })],
    });
    // @ts-expect-error environmentKey is required
    validateSegmentPatch({ instructions: [segment.removeRule({ ruleId: RULE })] });
    // @ts-expect-error a JSON Patch body is not a semantic patch
    validateSegmentPatch({ environmentKey: "production", instructions: [segment.removeRule({ ruleId: RULE })], patch: [] });
  });

  it("types the fluent builder", () => {
    const builder = segmentPatch("production").addIncludedTargets({ contextKind: "org", values: ["org-1"] });
    expectTypeOf(builder).toEqualTypeOf<PatchBuilder<typeof segment, SegmentSemanticPatch>>();
    expectTypeOf(builder.comment("c").build()).toEqualTypeOf<SegmentSemanticPatch>();
    // @ts-expect-error addExpiringTarget is not a patchSegment instruction
    segmentPatch("production").addExpiringTarget({ targetType: "included", contextKey: "k", contextKind: "user", value: 1754092860000 });
    // @ts-expect-error a user-flags instruction cannot be appended
    segmentPatch("production").append(userExpiringFlags.removeExpireUserTargetDate({ flagKey: "f", variationId: "v" }));
    // @ts-expect-error values is required
    segmentPatch("production").addExcludedUsers({});
  });

  it("types the splitting helpers", () => {
    expectTypeOf(chunkSegmentPatch({ environmentKey: "production", instructions: [segment.removeRule({ ruleId: RULE })] })).toEqualTypeOf<
      SegmentSemanticPatch[]
    >();
    expectTypeOf(splitTargets(segment.addIncludedUsers({ values: ["u1"] }), { maxKeys: 500 })).toEqualTypeOf<SegmentInstruction[]>();
    // @ts-expect-error maxKeys is a number
    splitTargets(segment.addIncludedUsers({ values: ["u1"] }), { maxKeys: "500" });
  });
});
