import { describe, expectTypeOf, it } from "vitest";
import {
  segment,
  segmentExpiringTargets,
  validateSegmentExpiringTargetsPatch,
  segmentExpiringTargetsPatch,
  type SegmentAddExpiringTargetInstruction,
  type SegmentExpiringTargetInstruction,
  type SegmentExpiringTargetsSemanticPatch,
} from "../../src/index.js";

const target = { targetType: "included", contextKey: "user-key-123abc", contextKind: "user" } as const;

describe("segmentExpiringTargets (types)", () => {
  it("has one builder per kind, each returning the generated type of its kind", () => {
    type Built = { [K in keyof typeof segmentExpiringTargets]: ReturnType<(typeof segmentExpiringTargets)[K]> };
    type Wanted = { [K in SegmentExpiringTargetInstruction["kind"]]: Extract<SegmentExpiringTargetInstruction, { kind: K }> };
    expectTypeOf<Built>().toEqualTypeOf<Wanted>();
    expectTypeOf(
      segmentExpiringTargets.addExpiringTarget({ ...target, value: 1754092860000 }),
    ).toEqualTypeOf<SegmentAddExpiringTargetInstruction>();
  });

  it("rejects misuse", () => {
    // @ts-expect-error value is required
    segmentExpiringTargets.addExpiringTarget(target);
    // @ts-expect-error version is a number
    segmentExpiringTargets.addExpiringTarget({ ...target, value: 1754092860000, version: "1" });
    // @ts-expect-error targetType is "included" or "excluded"
    segmentExpiringTargets.removeExpiringTarget({ ...target, targetType: "include" });
    // @ts-expect-error value is a number of milliseconds
    segmentExpiringTargets.updateExpiringTarget({ ...target, value: "1754179260000" });
  });

  it("accepts only its own instructions in the body", () => {
    expectTypeOf(
      validateSegmentExpiringTargetsPatch({ instructions: [segmentExpiringTargets.removeExpiringTarget(target)] }),
    ).toEqualTypeOf<SegmentExpiringTargetsSemanticPatch>();
    // @ts-expect-error a segment instruction belongs to patchSegment
    validateSegmentExpiringTargetsPatch({ instructions: [segment.addTags({ values: ["beta"] })] });
    validateSegmentExpiringTargetsPatch({
      // @ts-expect-error this body has no environmentKey
      environmentKey: "production",
      instructions: [segmentExpiringTargets.removeExpiringTarget(target)],
    });
    expectTypeOf(segmentExpiringTargetsPatch().removeExpiringTarget(target).build()).toEqualTypeOf<SegmentExpiringTargetsSemanticPatch>();
    // @ts-expect-error addTags is not an expiring-target instruction
    segmentExpiringTargetsPatch().addTags({ values: ["beta"] });
  });
});
