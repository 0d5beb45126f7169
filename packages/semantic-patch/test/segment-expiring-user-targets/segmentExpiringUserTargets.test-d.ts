import { describe, expectTypeOf, it } from "vitest";
import {
  segmentExpiringUserTargets,
  validateSegmentExpiringUserTargetsPatch,
  segmentExpiringUserTargetsPatch,
  userExpiringFlags,
  type SegmentExpiringUserTargetInstruction,
  type SegmentExpiringUserTargetsSemanticPatch,
  type SegmentUpdateExpireUserTargetDateInstruction,
} from "../../src/index.js";

const user = { targetType: "included", userKey: "user-key-123abc" } as const;

describe("segmentExpiringUserTargets (types)", () => {
  it("has one builder per kind, each returning the generated type of its kind", () => {
    type Built = { [K in keyof typeof segmentExpiringUserTargets]: ReturnType<(typeof segmentExpiringUserTargets)[K]> };
    type Wanted = { [K in SegmentExpiringUserTargetInstruction["kind"]]: Extract<SegmentExpiringUserTargetInstruction, { kind: K }> };
    expectTypeOf<Built>().toEqualTypeOf<Wanted>();
    expectTypeOf(
      segmentExpiringUserTargets.updateExpireUserTargetDate({ ...user, value: 1754179260000, version: 7 }),
    ).toEqualTypeOf<SegmentUpdateExpireUserTargetDateInstruction>();
  });

  it("rejects misuse", () => {
    // @ts-expect-error version (the segment version) is required here
    segmentExpiringUserTargets.updateExpireUserTargetDate({ ...user, value: 1754179260000 });
    // @ts-expect-error userKey, not contextKey
    segmentExpiringUserTargets.removeExpireUserTargetDate({ targetType: "included", contextKey: "u" });
  });

  it("accepts only its own instructions in the body, though a user-flags instruction has the same kind", () => {
    expectTypeOf(
      validateSegmentExpiringUserTargetsPatch({ instructions: [segmentExpiringUserTargets.removeExpireUserTargetDate(user)] }),
    ).toEqualTypeOf<SegmentExpiringUserTargetsSemanticPatch>();
    validateSegmentExpiringUserTargetsPatch({
      // @ts-expect-error removeExpireUserTargetDate of userExpiringFlags takes flagKey and variationId
      instructions: [userExpiringFlags.removeExpireUserTargetDate({ flagKey: "f", variationId: "v" })],
    });
    // @ts-expect-error the fluent form takes only this namespace's instructions too
    segmentExpiringUserTargetsPatch().append(userExpiringFlags.removeExpireUserTargetDate({ flagKey: "f", variationId: "v" }));
  });
});
