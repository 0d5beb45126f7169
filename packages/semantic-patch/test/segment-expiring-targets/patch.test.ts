import { describe, it } from "vitest";
import {
  segmentExpiringTargets,
  validateSegmentExpiringTargetsPatch,
  segmentExpiringTargetsPatch,
  type SegmentExpiringTargetsSemanticPatch,
} from "../../src/index.js";
import { expectRejection, expectWire, type InvalidCase } from "../helpers.js";

const target = { targetType: "included", contextKey: "user-key-123abc", contextKind: "user" } as const;
const body = (patch: unknown) => () => validateSegmentExpiringTargetsPatch(patch as SegmentExpiringTargetsSemanticPatch);

describe("validateSegmentExpiringTargetsPatch", () => {
  it("builds the reference page's request body", () => {
    const built = validateSegmentExpiringTargetsPatch({
      comment: "optional comment",
      instructions: [
        segmentExpiringTargets.updateExpiringTarget({
          contextKey: "user@email.com",
          contextKind: "user",
          targetType: "included",
          value: 1587582000000,
          version: 0,
        }),
      ],
    });
    expectWire(built, {
      comment: "optional comment",
      instructions: [
        {
          kind: "updateExpiringTarget",
          targetType: "included",
          contextKey: "user@email.com",
          contextKind: "user",
          value: 1587582000000,
          version: 0,
        },
      ],
    });
  });

  it("allows the same context key for another context kind or target type", () => {
    const built = segmentExpiringTargetsPatch()
      .addExpiringTarget({ ...target, value: 1754092860000 })
      .addExpiringTarget({ ...target, contextKind: "org", value: 1754092860000 })
      .removeExpiringTarget({ ...target, targetType: "excluded" })
      .comment("Trial ends")
      .build();
    expectWire(built, {
      instructions: [
        { kind: "addExpiringTarget", ...target, value: 1754092860000 },
        { kind: "addExpiringTarget", ...target, contextKind: "org", value: 1754092860000 },
        { kind: "removeExpiringTarget", ...target, targetType: "excluded" },
      ],
      comment: "Trial ends",
    });
  });

  const invalid: InvalidCase[] = [
    [
      "no instructions",
      {
        given: body({ instructions: [] }),
        want: { kind: "validateSegmentExpiringTargetsPatch", field: "instructions", rule: "must not be empty" },
      },
    ],
    [
      "two instructions for the same context target",
      {
        given: () =>
          segmentExpiringTargetsPatch()
            .addExpiringTarget({ ...target, value: 1754092860000 })
            .updateExpiringTarget({ ...target, value: 1754179260000 })
            .build(),
        want: {
          kind: "updateExpiringTarget",
          field: "instructions[1].contextKey",
          rule: "must not repeat the target of instructions[0] (one instruction per context target and patch)",
        },
      },
    ],
    [
      "a segment instruction",
      {
        given: body({ instructions: [{ kind: "addIncludedTargets", contextKind: "org", values: ["o"] }] }),
        want: {
          kind: "validateSegmentExpiringTargetsPatch",
          field: "instructions[0].kind",
          rule: "must be one of the segmentExpiringTargets instruction kinds: addExpiringTarget, removeExpiringTarget, updateExpiringTarget",
        },
      },
    ],
    [
      "an environmentKey (only patchSegment has one)",
      {
        given: body({ environmentKey: "production", instructions: [{ kind: "removeExpiringTarget", ...target }] }),
        want: { kind: "validateSegmentExpiringTargetsPatch", field: "environmentKey", rule: "is not a known field" },
      },
    ],
    [
      "an invalid plain instruction",
      {
        given: body({ instructions: [{ kind: "addExpiringTarget", ...target, value: 1754092860 }] }),
        want: { kind: "addExpiringTarget", field: "instructions[0].value", rule: "not seconds" },
      },
    ],
  ];

  it.each(invalid)("rejects %s", (_name, { given, want }) => {
    expectRejection(given, want);
  });
});
