import { describe, it } from "vitest";
import {
  segmentExpiringUserTargets,
  validateSegmentExpiringUserTargetsPatch,
  segmentExpiringUserTargetsPatch,
  type SegmentExpiringUserTargetsSemanticPatch,
} from "../../src/index.js";
import { expectRejection, expectWire, type InvalidCase } from "../helpers.js";

const user = { targetType: "included", userKey: "user-key-123abc" } as const;
const body = (patch: unknown) => () => validateSegmentExpiringUserTargetsPatch(patch as SegmentExpiringUserTargetsSemanticPatch);

describe("validateSegmentExpiringUserTargetsPatch", () => {
  it("builds a body from builders or the fluent form alike", () => {
    const want = {
      instructions: [
        { kind: "addExpireUserTargetDate", ...user, value: 1653469200000 },
        { kind: "removeExpireUserTargetDate", targetType: "excluded", userKey: "user-key-456def" },
      ],
      comment: "optional comment",
    };
    expectWire(
      validateSegmentExpiringUserTargetsPatch({
        instructions: [
          segmentExpiringUserTargets.addExpireUserTargetDate({ ...user, value: 1653469200000 }),
          segmentExpiringUserTargets.removeExpireUserTargetDate({ targetType: "excluded", userKey: "user-key-456def" }),
        ],
        comment: "optional comment",
      }),
      want,
    );
    expectWire(
      segmentExpiringUserTargetsPatch()
        .addExpireUserTargetDate({ ...user, value: 1653469200000 })
        .removeExpireUserTargetDate({ targetType: "excluded", userKey: "user-key-456def" })
        .comment("optional comment")
        .build(),
      want,
    );
  });

  const invalid: InvalidCase[] = [
    [
      "the reference page's example (an updateExpiringTarget instruction)",
      {
        given: body({
          comment: "optional comment",
          instructions: [
            {
              contextKey: "contextKey",
              contextKind: "user",
              kind: "updateExpiringTarget",
              targetType: "included",
              value: 1587582000000,
              version: 0,
            },
          ],
        }),
        want: {
          kind: "validateSegmentExpiringUserTargetsPatch",
          field: "instructions[0].kind",
          rule:
            "must be one of the segmentExpiringUserTargets instruction kinds: " +
            'addExpireUserTargetDate, removeExpireUserTargetDate, updateExpireUserTargetDate (got "updateExpiringTarget")',
        },
      },
    ],
    [
      "two instructions for the same user target",
      {
        given: () =>
          segmentExpiringUserTargetsPatch()
            .addExpireUserTargetDate({ ...user, value: 1653469200000 })
            .removeExpireUserTargetDate(user)
            .build(),
        want: {
          kind: "removeExpireUserTargetDate",
          field: "instructions[1].userKey",
          rule: "must not repeat the target of instructions[0] (one instruction per user target and patch)",
        },
      },
    ],
    [
      "a user-flags instruction",
      {
        given: body({ instructions: [{ kind: "removeExpireUserTargetDate", flagKey: "f", variationId: "v" }] }),
        want: { kind: "removeExpireUserTargetDate", field: "instructions[0].flagKey", rule: "is not a known field" },
      },
    ],
  ];

  it.each(invalid)("rejects %s", (_name, { given, want }) => {
    expectRejection(given, want);
  });
});
