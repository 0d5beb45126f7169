import { describe, expectTypeOf, it } from "vitest";
import {
  segmentExpiringUserTargets,
  userExpiringFlags,
  validateUserExpiringFlagsPatch,
  userExpiringFlagsPatch,
  type UserAddExpireUserTargetDateInstruction,
  type UserExpiringFlagInstruction,
  type UserExpiringFlagsSemanticPatch,
  type UserUpdateExpireUserTargetDateInstruction,
} from "../../src/index.js";

const flag = { flagKey: "sample-flag-key", variationId: "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d" } as const;

describe("userExpiringFlags (types)", () => {
  it("has one builder per kind, each returning the generated type of its kind", () => {
    type Built = { [K in keyof typeof userExpiringFlags]: ReturnType<(typeof userExpiringFlags)[K]> };
    type Wanted = { [K in UserExpiringFlagInstruction["kind"]]: Extract<UserExpiringFlagInstruction, { kind: K }> };
    expectTypeOf<Built>().toEqualTypeOf<Wanted>();
    expectTypeOf(
      userExpiringFlags.addExpireUserTargetDate({ ...flag, value: 1653469200000 }),
    ).toEqualTypeOf<UserAddExpireUserTargetDateInstruction>();
    expectTypeOf(
      userExpiringFlags.updateExpireUserTargetDate({ ...flag, value: 1653469200000 }),
    ).toEqualTypeOf<UserUpdateExpireUserTargetDateInstruction>();
  });

  it("rejects misuse", () => {
    // @ts-expect-error variationId is required
    userExpiringFlags.addExpireUserTargetDate({ flagKey: "f", value: 1653469200000 });
    // @ts-expect-error version is a number
    userExpiringFlags.addExpireUserTargetDate({ ...flag, value: 1653469200000, version: "1" });
  });

  it("accepts only its own instructions in the body", () => {
    expectTypeOf(
      validateUserExpiringFlagsPatch({ instructions: [userExpiringFlags.removeExpireUserTargetDate(flag)] }),
    ).toEqualTypeOf<UserExpiringFlagsSemanticPatch>();
    validateUserExpiringFlagsPatch({
      // @ts-expect-error the segment's addExpireUserTargetDate takes targetType and userKey
      instructions: [segmentExpiringUserTargets.addExpireUserTargetDate({ targetType: "included", userKey: "u", value: 1653469200000 })],
    });
    expectTypeOf(userExpiringFlagsPatch().removeExpireUserTargetDate(flag).build()).toEqualTypeOf<UserExpiringFlagsSemanticPatch>();
  });
});
