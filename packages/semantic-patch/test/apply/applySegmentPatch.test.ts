import { describe, expect, it } from "vitest";
import { segment, segmentPatch } from "../../src/index.js";
import { applySegmentPatch, type Segment, type SegmentPatchBody } from "../../src/apply/index.js";
import { bigFixture, deterministic, expectApplyError, expectValidationError, fixture } from "./support.js";

describe("applySegmentPatch", () => {
  it("returns a new segment with version + 1 and lastModifiedDate from the clock; the input is unchanged", () => {
    const before = fixture();
    const snapshot = structuredClone(before);
    const after = applySegmentPatch(
      before,
      segmentPatch("production")
        .addTags({ values: ["x"] })
        .build(),
      { now: () => 1_234_567_890_123 },
    );
    expect(after).not.toBe(before);
    expect(after.version).toBe(8);
    expect(after.lastModifiedDate).toBe(1_234_567_890_123);
    expect(before).toStrictEqual(snapshot);
  });

  it("uses Date.now and crypto.randomUUID by default", () => {
    const start = Date.now();
    const after = applySegmentPatch(fixture({ rules: [] }), {
      instructions: [{ kind: "addRule", clauses: [{ attribute: "a", op: "in", values: ["b"] }] }],
    });
    expect(after.lastModifiedDate).toBeGreaterThanOrEqual(start);
    expect(after.lastModifiedDate).toBeLessThanOrEqual(Date.now());
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(after.rules[0]?._id).toMatch(uuid);
    expect(after.rules[0]?.clauses[0]?._id).toMatch(uuid);
    expect(after.rules[0]?._id).not.toBe(after.rules[0]?.clauses[0]?._id);
  });

  it("keeps fields it does not know, and the result shares nothing mutable with the input it changed", () => {
    const before = { ...fixture(), _access: { denied: [], allowed: [] }, custom: { nested: [1, 2] } };
    const after = applySegmentPatch(before, { instructions: [{ kind: "addIncludedUsers", values: ["u3"] }] });
    expect(after._access).toStrictEqual({ denied: [], allowed: [] });
    expect(after.custom).toStrictEqual({ nested: [1, 2] });
    after.included?.push("mutated");
    expect(before.included).toStrictEqual(["u1", "u2"]);
  });

  it("copies a __proto__ key as data, never as the prototype", () => {
    const before = { ...fixture(), custom: JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown> };
    const after = applySegmentPatch(before, { instructions: [{ kind: "addTags", values: ["x"] }] });
    expect(Object.hasOwn(after.custom, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(after.custom)).toBe(Object.prototype);
    expect((after.custom as { polluted?: unknown }).polluted).toBeUndefined();
    expect(after.custom).not.toBe(before.custom);
    expect(Object.getOwnPropertyDescriptor(after.custom, "__proto__")).toStrictEqual({
      value: { polluted: true },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  });

  it("keeps fields whose value is null", () => {
    const after = applySegmentPatch(
      { ...fixture(), custom: null, nested: { at: [null, { deep: null }] } },
      {
        instructions: [{ kind: "addTags", values: ["x"] }],
      },
    );
    expect(after.custom).toBeNull();
    expect(after.nested).toStrictEqual({ at: [null, { deep: null }] });
  });

  it("lets an error thrown by a host callback through unchanged", () => {
    const failure = new Error("store down");
    let caught: unknown;
    try {
      applySegmentPatch(
        bigFixture(),
        { instructions: [{ kind: "addBigSegmentIncludedTargets", values: ["u1"] }] },
        {
          bigSegmentTargets: {
            has: () => {
              throw failure;
            },
          },
        },
      );
    } catch (error) {
      caught = error;
    }
    expect(caught).toBe(failure);
  });

  it("accepts the body with or without environmentKey and comment", () => {
    const instructions = [segment.updateName({ value: "N" })];
    for (const body of [{ instructions }, { instructions, environmentKey: "production", comment: "why" }] satisfies SegmentPatchBody[]) {
      expect(applySegmentPatch(fixture(), body).name).toBe("N");
    }
  });

  it("is all or nothing: a failing instruction after good ones throws one error naming its index, kind and reason", () => {
    const before = fixture();
    const snapshot = structuredClone(before);
    const error = expectApplyError(
      () =>
        applySegmentPatch(
          before,
          {
            instructions: [
              { kind: "addTags", values: ["x"] },
              { kind: "addIncludedUsers", values: ["u7"] },
              { kind: "updateClause", ruleId: "r1", clauseId: "missing", clause: { attribute: "a", op: "in", values: ["b"] } },
              { kind: "updateName", value: "never" },
            ],
          },
          deterministic(),
        ),
      { kind: "updateClause", field: "instructions[2].clauseId", rule: 'must name a clause of rule "r1" (no clause "missing")', index: 2 },
    );
    expect(error.toJSON()).toMatchObject({ name: "PatchApplyError", index: 2, kind: "updateClause" });
    expect(before).toStrictEqual(snapshot);
  });

  const invalidBodies: Array<[string, { given: unknown; want: { kind: string; field: string; rule: string } }]> = [
    ["a string", { given: "addTags", want: { kind: "applySegmentPatch", field: "body", rule: "must be a semantic patch" } }],
    ["null", { given: null, want: { kind: "applySegmentPatch", field: "body", rule: "must be a semantic patch" } }],
    [
      "empty instructions",
      { given: { instructions: [] }, want: { kind: "applySegmentPatch", field: "instructions", rule: "must not be empty" } },
    ],
    [
      "an unknown kind",
      {
        given: { instructions: [{ kind: "addTag", values: ["x"] }] },
        want: { kind: "applySegmentPatch", field: "instructions[0].kind", rule: "must be one of the segment instruction kinds" },
      },
    ],
    [
      "an instruction of another operation",
      {
        given: {
          instructions: [{ kind: "addExpiringTarget", targetType: "included", contextKind: "user", contextKey: "u", value: 1754092860000 }],
        },
        want: { kind: "applySegmentPatch", field: "instructions[0].kind", rule: "must be one of" },
      },
    ],
    [
      "a bad instruction field",
      {
        given: { instructions: [{ kind: "addTags", values: [] }] },
        want: { kind: "addTags", field: "instructions[0].values", rule: "must not be empty" },
      },
    ],
    [
      "an unknown body field",
      {
        given: { instructions: [{ kind: "addTags", values: ["x"] }], dryRun: true },
        want: { kind: "applySegmentPatch", field: "dryRun", rule: "is not a known field" },
      },
    ],
    [
      "a JSON Patch with a bad operation",
      { given: [{ op: "replace", path: "description", value: "x" }], want: { kind: "applySegmentPatch", field: "[0].path", rule: "" } },
    ],
    [
      "a { patch } that is not a list",
      { given: { patch: "x" }, want: { kind: "applySegmentPatch", field: "patch", rule: "must be an array of operations" } },
    ],
    ["an empty JSON Patch", { given: [], want: { kind: "applySegmentPatch", field: "", rule: "must not be empty" } }],
    [
      "a merge patch with an unknown field",
      { given: { colour: "red" }, want: { kind: "validateSegmentMergePatch", field: "colour", rule: "is not a known field" } },
    ],
  ];
  it.each(invalidBodies)("rejects %s before applying anything", (_name, { given, want }) => {
    expectValidationError(() => applySegmentPatch(fixture(), given as SegmentPatchBody), want);
  });

  const invalidSegments: Array<[string, { given: unknown; field: string }]> = [
    ["not an object", { given: [], field: "segment" }],
    ["without a key", { given: { ...fixture(), key: "" }, field: "segment.key" }],
    ["with a string version", { given: { ...fixture(), version: "7" }, field: "segment.version" }],
    ["without rules", { given: { ...fixture(), rules: undefined }, field: "segment.rules" }],
    ["without tags", { given: { ...fixture(), tags: null }, field: "segment.tags" }],
    ["with a rule without clauses", { given: { ...fixture(), rules: [{ _id: "r" }] }, field: "segment.rules[0]" }],
    ["with an included list that is not an array", { given: { ...fixture(), included: "u1" }, field: "segment.included" }],
    ["with a number key", { given: { ...fixture(), key: 5 }, field: "segment.key" }],
    ["with a negative version", { given: { ...fixture(), version: -1 }, field: "segment.version" }],
    ["with an excluded list that is not an array", { given: { ...fixture(), excluded: "u9" }, field: "segment.excluded" }],
    ["with includedContexts that is not an array", { given: { ...fixture(), includedContexts: {} }, field: "segment.includedContexts" }],
    ["with excludedContexts that is not an array", { given: { ...fixture(), excludedContexts: "o9" }, field: "segment.excludedContexts" }],
  ];
  it.each(invalidSegments)("rejects a segment %s", (_name, { given, field }) => {
    expectValidationError(() => applySegmentPatch(given as Segment, { instructions: [{ kind: "addTags", values: ["x"] }] }), {
      kind: "applySegmentPatch",
      field,
      rule: "must",
    });
  });
});
