import { describe, it } from "vitest";
import {
  userExpiringFlags,
  validateUserExpiringFlagsPatch,
  userExpiringFlagsPatch,
  type UserExpiringFlagsSemanticPatch,
} from "../../src/index.js";
import { expectRejection, expectWire, type InvalidCase } from "../helpers.js";

const flag = { flagKey: "sample-flag-key", variationId: "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d" } as const;
const body = (patch: unknown) => () => validateUserExpiringFlagsPatch(patch as UserExpiringFlagsSemanticPatch);

describe("validateUserExpiringFlagsPatch", () => {
  it("builds the documented request body (without the add's stray version)", () => {
    expectWire(
      validateUserExpiringFlagsPatch({
        comment: "optional comment",
        instructions: [userExpiringFlags.addExpireUserTargetDate({ ...flag, value: 1653469200000 })],
      }),
      { comment: "optional comment", instructions: [{ kind: "addExpireUserTargetDate", ...flag, value: 1653469200000 }] },
    );
  });

  it("schedules several flags in one patch, fluently", () => {
    expectWire(
      userExpiringFlagsPatch()
        .addExpireUserTargetDate({ ...flag, value: 1653469200000 })
        .updateExpireUserTargetDate({ flagKey: "other-flag", variationId: "v2", value: 1653555600000, version: 3 })
        .build(),
      {
        instructions: [
          { kind: "addExpireUserTargetDate", ...flag, value: 1653469200000 },
          { kind: "updateExpireUserTargetDate", flagKey: "other-flag", variationId: "v2", value: 1653555600000, version: 3 },
        ],
      },
    );
  });

  const invalid: InvalidCase[] = [
    [
      "the same flag twice, even for another variation",
      {
        given: () =>
          userExpiringFlagsPatch()
            .addExpireUserTargetDate({ ...flag, value: 1653469200000 })
            .addExpireUserTargetDate({ ...flag, variationId: "other", value: 1653469200000 })
            .build(),
        want: {
          kind: "addExpireUserTargetDate",
          field: "instructions[1].flagKey",
          rule: "a user can be scheduled for removal on a single variation per flag",
        },
      },
    ],
    [
      "a segment user-target instruction",
      {
        given: body({ instructions: [{ kind: "addExpireUserTargetDate", targetType: "included", userKey: "u", value: 1653469200000 }] }),
        want: { kind: "addExpireUserTargetDate", field: "instructions[0].targetType", rule: "is not a known field" },
      },
    ],
    [
      "an instruction of another operation",
      {
        given: body({ instructions: [{ kind: "removeExpiringTarget", targetType: "included", contextKey: "u", contextKind: "user" }] }),
        want: {
          kind: "validateUserExpiringFlagsPatch",
          field: "instructions[0].kind",
          rule:
            "must be one of the userExpiringFlags instruction kinds: " +
            'addExpireUserTargetDate, removeExpireUserTargetDate, updateExpireUserTargetDate (got "removeExpiringTarget")',
        },
      },
    ],
    [
      "a missing instructions field",
      { given: body({ comment: "c" }), want: { kind: "validateUserExpiringFlagsPatch", field: "instructions", rule: "is required" } },
    ],
  ];

  it.each(invalid)("rejects %s", (_name, { given, want }) => {
    expectRejection(given, want);
  });
});
