import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import { SemanticPatchError } from "../src/index.js";

/** Every public function of the package that takes caller input, by name. */
const functions: ReadonlyArray<[name: string, run: (input: unknown) => unknown]> = [
  ...(["segment", "segmentExpiringTargets", "segmentExpiringUserTargets", "userExpiringFlags", "jsonPatch"] as const).flatMap((ns) =>
    Object.entries(api[ns] as Record<string, (input: unknown) => unknown>).map(
      ([kind, build]) => [`${ns}.${kind}`, build] as [string, (input: unknown) => unknown],
    ),
  ),
  ["jsonPatch.move(from, path)", (input) => api.jsonPatch.move(input as never, input as never)],
  ["jsonPatch.add(path, value)", (input) => api.jsonPatch.add("/tags/0", input as never)],
  ["clause", (input) => api.clause(input as never)],
  ["validateSegmentPatch", (input) => api.validateSegmentPatch(input as never)],
  ["validateSegmentExpiringTargetsPatch", (input) => api.validateSegmentExpiringTargetsPatch(input as never)],
  ["validateSegmentExpiringUserTargetsPatch", (input) => api.validateSegmentExpiringUserTargetsPatch(input as never)],
  ["validateUserExpiringFlagsPatch", (input) => api.validateUserExpiringFlagsPatch(input as never)],
  ["validatePatchWithComment", (input) => api.validatePatchWithComment(input as never)],
  ["validateSegmentMergePatch", (input) => api.validateSegmentMergePatch(input as never)],
  ["segmentPatch(environmentKey)", (input) => api.segmentPatch(input as never)],
  [
    "segmentPatch().append(…).build()",
    (input) =>
      api
        .segmentPatch("production")
        .append(input as never)
        .build(),
  ],
  ["segmentPatch().comment(…)", (input) => api.segmentPatch("production").comment(input as never)],
  [
    "segmentExpiringTargetsPatch().append(…).build()",
    (input) =>
      api
        .segmentExpiringTargetsPatch()
        .append(input as never)
        .build(),
  ],
  [
    "segmentExpiringUserTargetsPatch().append(…).build()",
    (input) =>
      api
        .segmentExpiringUserTargetsPatch()
        .append(input as never)
        .build(),
  ],
  [
    "userExpiringFlagsPatch().append(…).build()",
    (input) =>
      api
        .userExpiringFlagsPatch()
        .append(input as never)
        .build(),
  ],
  ["chunkSegmentPatch", (input) => api.chunkSegmentPatch(input as never)],
  [
    "chunkSegmentPatch(options)",
    (input) =>
      api.chunkSegmentPatch({ environmentKey: "production", instructions: [api.segment.addTags({ values: ["a"] })] }, input as never),
  ],
  ["splitTargets", (input) => api.splitTargets(input as never)],
  ["splitTargets(options)", (input) => api.splitTargets(api.segment.addIncludedUsers({ values: ["a", "b"] }), input as never)],
  ["parsePointer", (input) => api.parsePointer(input as never)],
  ["formatPointer", (input) => api.formatPointer(input as never)],
  ["escapePointerSegment", (input) => api.escapePointerSegment(input as never)],
  ["unescapePointerSegment", (input) => api.unescapePointerSegment(input as never)],
];

/** Inputs shaped like the real ones (objects with the package's field names) as well as anything at all. */
const fieldNames = [
  "kind",
  "values",
  "value",
  "contextKind",
  "ruleId",
  "clauseId",
  "clauses",
  "op",
  "attribute",
  "instructions",
  "environmentKey",
  "comment",
  "patch",
  "path",
  "from",
  "maxKeys",
  "targetType",
  "userKey",
  "flagKey",
  "variationId",
  "version",
  "weight",
  "tags",
  "rules",
  "included",
];
const input = fc.oneof(
  fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true }),
  fc.dictionary(fc.constantFrom(...fieldNames), fc.anything(), { maxKeys: 6 }),
  fc.array(fc.dictionary(fc.constantFrom(...fieldNames), fc.anything(), { maxKeys: 4 }), { maxLength: 3 }),
);

describe("one error family", () => {
  it.each(functions)("%s throws nothing but SemanticPatchError, whatever it is given", (_name, run) => {
    fc.assert(
      fc.property(input, (given) => {
        try {
          run(given);
        } catch (error) {
          expect(error).toBeInstanceOf(SemanticPatchError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("serializes to the same shape as the client's ValidationError, plus kind", () => {
    const error = new SemanticPatchError("addTags", "values", "must not be empty");
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "SemanticPatchError",
      message: "addTags: values must not be empty",
      kind: "addTags",
      field: "values",
      rule: "must not be empty",
    });
  });
});
