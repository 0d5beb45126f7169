import { describe, expect, it } from "vitest";
import {
  clause,
  segment,
  segmentPatch,
  validateSegmentPatch,
  type SegmentInstruction,
  type SegmentSemanticPatch,
} from "../../src/index.js";
import { expectRejection, expectWire, type InvalidCase } from "../helpers.js";

const RULE = "a902ef4a-2faf-4eaf-88e1-ecc356708a29";
const body = (patch: unknown) => () => validateSegmentPatch(patch as SegmentSemanticPatch);

describe("validateSegmentPatch", () => {
  // The request examples of openapi/ldkit.yaml for patchSegment's semantic patch.
  const examples: Array<[string, { given: SegmentSemanticPatch; want: unknown }]> = [
    [
      "include two organizations, with a comment",
      {
        given: {
          environmentKey: "production",
          comment: "Add the pilot customers",
          instructions: [segment.addIncludedTargets({ contextKind: "org", values: ["org-key-123abc", "org-key-456def"] })],
        },
        want: {
          environmentKey: "production",
          comment: "Add the pilot customers",
          instructions: [{ kind: "addIncludedTargets", contextKind: "org", values: ["org-key-123abc", "org-key-456def"] }],
        },
      },
    ],
    [
      "add a rule and rename the segment, from plain objects",
      {
        given: {
          environmentKey: "production",
          instructions: [
            {
              kind: "addRule",
              description: "Targeting rule for LaunchDarkly employees",
              clauses: [{ attribute: "email", op: "contains", negate: false, values: ["@launchdarkly.com"] }],
            },
            { kind: "updateName", value: "Beta users and employees" },
          ],
        },
        want: {
          environmentKey: "production",
          instructions: [
            {
              kind: "addRule",
              clauses: [{ attribute: "email", op: "contains", negate: false, values: ["@launchdarkly.com"] }],
              description: "Targeting rule for LaunchDarkly employees",
            },
            { kind: "updateName", value: "Beta users and employees" },
          ],
        },
      },
    ],
    [
      "move a key from excluded to included (remove, then add)",
      {
        given: {
          environmentKey: "production",
          instructions: [
            segment.addExcludedTargets({ contextKind: "org", values: ["org-1"] }),
            segment.removeExcludedTargets({ contextKind: "org", values: ["org-1"] }),
            segment.addIncludedTargets({ contextKind: "org", values: ["org-1"] }),
          ],
        },
        want: {
          environmentKey: "production",
          instructions: [
            { kind: "addExcludedTargets", contextKind: "org", values: ["org-1"] },
            { kind: "removeExcludedTargets", contextKind: "org", values: ["org-1"] },
            { kind: "addIncludedTargets", contextKind: "org", values: ["org-1"] },
          ],
        },
      },
    ],
    [
      "the same key included for one context kind, excluded for another and as a user key, and included as a big segment target",
      {
        given: {
          environmentKey: "production",
          instructions: [
            segment.addIncludedTargets({ contextKind: "org", values: ["acme"] }),
            segment.addExcludedTargets({ contextKind: "user", values: ["acme"] }),
            segment.addExcludedUsers({ values: ["acme"] }),
            segment.addBigSegmentIncludedTargets({ values: ["acme"] }),
          ],
        },
        want: {
          environmentKey: "production",
          instructions: [
            { kind: "addIncludedTargets", contextKind: "org", values: ["acme"] },
            { kind: "addExcludedTargets", contextKind: "user", values: ["acme"] },
            { kind: "addExcludedUsers", values: ["acme"] },
            { kind: "addBigSegmentIncludedTargets", values: ["acme"] },
          ],
        },
      },
    ],
  ];

  it.each(examples)("%s", (_name, { given, want }) => {
    expectWire(validateSegmentPatch(given), want);
  });

  // Removing a key from one list frees it for the other list of the same family, later in the patch.
  const moves: Array<[string, SegmentInstruction[]]> = [
    [
      "a context target from included to excluded",
      [
        segment.addIncludedTargets({ contextKind: "org", values: ["k"] }),
        segment.removeIncludedTargets({ contextKind: "org", values: ["k"] }),
        segment.addExcludedTargets({ contextKind: "org", values: ["k"] }),
      ],
    ],
    [
      "a user key from included to excluded",
      [
        segment.addIncludedUsers({ values: ["k"] }),
        segment.removeIncludedUsers({ values: ["k"] }),
        segment.addExcludedUsers({ values: ["k"] }),
      ],
    ],
    [
      "a user key from excluded to included",
      [
        segment.addExcludedUsers({ values: ["k"] }),
        segment.removeExcludedUsers({ values: ["k"] }),
        segment.addIncludedUsers({ values: ["k"] }),
      ],
    ],
    [
      "a big segment target from included to excluded",
      [
        segment.addBigSegmentIncludedTargets({ values: ["k"] }),
        segment.removeBigSegmentIncludedTargets({ values: ["k"] }),
        segment.addBigSegmentExcludedTargets({ values: ["k"] }),
      ],
    ],
    [
      "a big segment target from excluded to included",
      [
        segment.addBigSegmentExcludedTargets({ values: ["k"] }),
        segment.removeBigSegmentExcludedTargets({ values: ["k"] }),
        segment.addBigSegmentIncludedTargets({ values: ["k"] }),
      ],
    ],
  ];

  it.each(moves)("accepts moving %s (add, remove, then add to the other list)", (_name, instructions) => {
    const patch = { environmentKey: "production", instructions };
    expectWire(validateSegmentPatch(patch), JSON.parse(JSON.stringify(patch)));
  });

  const invalid: InvalidCase[] = [
    [
      "a missing environmentKey",
      {
        given: body({ instructions: [segment.removeRule({ ruleId: RULE })] }),
        want: { kind: "validateSegmentPatch", field: "environmentKey", rule: "is required" },
      },
    ],
    [
      "an empty environmentKey",
      {
        given: body({ environmentKey: "", instructions: [segment.removeRule({ ruleId: RULE })] }),
        want: { kind: "validateSegmentPatch", field: "environmentKey", rule: "must not be empty" },
      },
    ],
    [
      "no instructions",
      {
        given: body({ environmentKey: "production", instructions: [] }),
        want: { kind: "validateSegmentPatch", field: "instructions", rule: "must not be empty" },
      },
    ],
    [
      "instructions that are not an array",
      {
        given: body({ environmentKey: "production", instructions: segment.removeRule({ ruleId: RULE }) }),
        want: { kind: "validateSegmentPatch", field: "instructions", rule: "must be an array of instructions" },
      },
    ],
    [
      "an instruction that is not an object",
      {
        given: body({ environmentKey: "production", instructions: ["removeRule"] }),
        want: { kind: "validateSegmentPatch", field: "instructions[0]", rule: "must be an instruction object" },
      },
    ],
    [
      "an instruction without kind",
      {
        given: body({ environmentKey: "production", instructions: [{ ruleId: RULE }] }),
        want: { kind: "validateSegmentPatch", field: "instructions[0].kind", rule: "must be one of the segment instruction kinds" },
      },
    ],
    [
      "an instruction of another operation",
      {
        given: body({
          environmentKey: "production",
          instructions: [{ kind: "addExpiringTarget", targetType: "included", contextKey: "k", contextKind: "user", value: 1754092860000 }],
        }),
        want: {
          kind: "validateSegmentPatch",
          field: "instructions[0].kind",
          rule: "must be one of the segment instruction kinds: addBigSegmentExcludedTargets, ",
        },
      },
    ],
    [
      "a kind given as an array holding a kind name",
      {
        given: body({ environmentKey: "production", instructions: [{ kind: ["addTags"], values: ["beta"] }] }),
        want: {
          kind: "validateSegmentPatch",
          field: "instructions[0].kind",
          rule: "must be one of the segment instruction kinds: addBigSegmentExcludedTargets, ",
        },
      },
    ],
    [
      "a prototype property as kind",
      {
        given: body({ environmentKey: "production", instructions: [{ kind: "toString" }] }),
        want: { kind: "validateSegmentPatch", field: "instructions[0].kind", rule: '(got "toString")' },
      },
    ],
    [
      "the documented updateRuleRolloutAndContextKind example (kind reorderRules)",
      {
        given: body({
          environmentKey: "production",
          instructions: [{ kind: "reorderRules", ruleId: RULE, weight: "20000", contextKind: "device" }],
        }),
        want: { kind: "reorderRules", field: "instructions[0].ruleId", rule: "is not a known field (expected ruleIds)" },
      },
    ],
    [
      "an invalid plain instruction",
      {
        given: body({
          environmentKey: "production",
          instructions: [segment.removeRule({ ruleId: RULE }), { kind: "addTags", values: [] }],
        }),
        want: { kind: "addTags", field: "instructions[1].values", rule: "must not be empty" },
      },
    ],
    [
      "a context key both included and excluded",
      {
        given: body({
          environmentKey: "production",
          instructions: [
            segment.addIncludedTargets({ contextKind: "org", values: ["org-1", "org-2"] }),
            segment.addExcludedTargets({ contextKind: "org", values: ["org-3", "org-2"] }),
          ],
        }),
        want: {
          kind: "addExcludedTargets",
          field: "instructions[1].values[1]",
          rule: 'must not be both included and excluded: instructions[0] already includes "org-2" (contextKind "org")',
        },
      },
    ],
    [
      "a user key both excluded and included",
      {
        given: body({
          environmentKey: "production",
          instructions: [segment.addExcludedUsers({ values: ["u1"] }), segment.addIncludedUsers({ values: ["u1"] })],
        }),
        want: {
          kind: "addIncludedUsers",
          field: "instructions[1].values[0]",
          rule: 'must not be both included and excluded: instructions[0] already excludes "u1" (user keys)',
        },
      },
    ],
    [
      "a big segment key both included and excluded",
      {
        given: body({
          environmentKey: "production",
          instructions: [segment.addBigSegmentIncludedTargets({ values: ["k"] }), segment.addBigSegmentExcludedTargets({ values: ["k"] })],
        }),
        want: {
          kind: "addBigSegmentExcludedTargets",
          field: "instructions[1].values[0]",
          rule: 'must not be both included and excluded: instructions[0] already includes "k" (big segment targets)',
        },
      },
    ],
    [
      "a key removed from the wrong list before being added to the other",
      {
        given: body({
          environmentKey: "production",
          instructions: [
            segment.addIncludedTargets({ contextKind: "org", values: ["org-1"] }),
            segment.removeExcludedTargets({ contextKind: "org", values: ["org-1"] }),
            segment.addExcludedTargets({ contextKind: "org", values: ["org-1"] }),
          ],
        }),
        want: { kind: "addExcludedTargets", field: "instructions[2].values[0]", rule: "instructions[0] already includes" },
      },
    ],
    [
      "a comment that is not a string",
      {
        given: body({ environmentKey: "production", instructions: [segment.removeRule({ ruleId: RULE })], comment: 5 }),
        want: { kind: "validateSegmentPatch", field: "comment", rule: "must be a string" },
      },
    ],
    [
      "an unknown body field",
      {
        given: body({ environmentKey: "production", instructions: [segment.removeRule({ ruleId: RULE })], dryRun: true }),
        want: {
          kind: "validateSegmentPatch",
          field: "dryRun",
          rule: "is not a known field (expected environmentKey, instructions, comment)",
        },
      },
    ],
    [
      "a JSON Patch passed as the body",
      {
        given: body([{ op: "replace", path: "/name", value: "x" }]),
        want: { kind: "validateSegmentPatch", field: "parameters", rule: "must be an object (got an array)" },
      },
    ],
  ];

  it.each(invalid)("rejects %s", (_name, { given, want }) => {
    expectRejection(given, want);
  });
});

describe("segmentPatch (fluent)", () => {
  it("builds the same body as validateSegmentPatch", () => {
    const fluent = segmentPatch("production")
      .addIncludedTargets({ contextKind: "org", values: ["org-1"] })
      .addRule({ clauses: [clause({ attribute: "email", op: "endsWith", values: [".edu"] })], description: "Students" })
      .updateRuleRolloutAndContextKind({ ruleId: RULE, weight: 20000, contextKind: "device" })
      .comment("Pilot customers and students")
      .build();
    expectWire(fluent, {
      environmentKey: "production",
      instructions: [
        { kind: "addIncludedTargets", contextKind: "org", values: ["org-1"] },
        {
          kind: "addRule",
          clauses: [{ contextKind: "user", attribute: "email", op: "endsWith", negate: false, values: [".edu"] }],
          description: "Students",
        },
        { kind: "updateRuleRolloutAndContextKind", ruleId: RULE, weight: 20000, contextKind: "device" },
      ],
      comment: "Pilot customers and students",
    });
  });

  it("has one method per instruction kind", () => {
    const builder = segmentPatch("production") as unknown as Record<string, unknown>;
    for (const kind of Object.keys(segment)) expect(typeof builder[kind]).toBe("function");
  });

  it("is immutable: each call returns a new builder and branches do not affect each other", () => {
    const base = segmentPatch("production").addTags({ values: ["beta"] });
    const a = base.removeRule({ ruleId: "r1" }).build();
    const b = base.comment("only tags").build();
    expect(a.instructions.map((i) => i.kind)).toEqual(["addTags", "removeRule"]);
    expect(b).toStrictEqual({ environmentKey: "production", instructions: [{ kind: "addTags", values: ["beta"] }], comment: "only tags" });
  });

  it("appends instructions built elsewhere", () => {
    const built = segmentPatch("production")
      .append(segment.removeRule({ ruleId: "r1" }), segment.removeRule({ ruleId: "r2" }))
      .build();
    expect(built.instructions).toStrictEqual([
      { kind: "removeRule", ruleId: "r1" },
      { kind: "removeRule", ruleId: "r2" },
    ]);
  });

  it("returns a plain object", () => {
    const built = segmentPatch("production")
      .addTags({ values: ["beta"] })
      .build();
    expect(Object.getPrototypeOf(built)).toBe(Object.prototype);
    expect(Object.keys(built)).toEqual(["environmentKey", "instructions"]);
  });

  const invalid: InvalidCase[] = [
    [
      "an invalid instruction, at once",
      {
        given: () => segmentPatch("production").addTags({ values: [] }),
        want: { kind: "addTags", field: "values", rule: "must not be empty" },
      },
    ],
    [
      "an empty environment key",
      { given: () => segmentPatch(""), want: { kind: "validateSegmentPatch", field: "environmentKey", rule: "must not be empty" } },
    ],
    [
      "a comment that is not a string",
      {
        given: () => segmentPatch("production").comment(42 as never),
        want: { kind: "validateSegmentPatch", field: "comment", rule: "must be a string" },
      },
    ],
    [
      "build() without instructions",
      {
        given: () => segmentPatch("production").build(),
        want: { kind: "validateSegmentPatch", field: "instructions", rule: "must not be empty" },
      },
    ],
    [
      "a conflict, at build()",
      {
        given: () =>
          segmentPatch("production")
            .addIncludedUsers({ values: ["u1"] })
            .addExcludedUsers({ values: ["u1"] })
            .build(),
        want: { kind: "addExcludedUsers", field: "instructions[1].values[0]", rule: "must not be both included and excluded" },
      },
    ],
    [
      "an appended instruction of another kind family",
      {
        given: () =>
          segmentPatch("production")
            .append({ kind: "addExpiringTarget" } as never)
            .build(),
        want: { kind: "validateSegmentPatch", field: "instructions[0].kind", rule: "must be one of the segment instruction kinds" },
      },
    ],
  ];

  it.each(invalid)("rejects %s", (_name, { given, want }) => {
    expectRejection(given, want);
  });
});
