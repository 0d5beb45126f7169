import { describe, expect, it } from "vitest";
import { compileSegment } from "../src/compile-segment.js";

describe("compileSegment", () => {
  it.each<[string, { given: unknown; field: string }]>([
    ["a segment that is not an object", { given: "beta", field: "" }],
    ["a key that is not a string", { given: { key: 1 }, field: "key" }],
    ["rules that are not an array", { given: { key: "s", rules: {} }, field: "rules" }],
    ["a rule that is not an object", { given: { key: "s", rules: [1] }, field: "rules[0]" }],
    [
      "a clause without op",
      { given: { key: "s", rules: [{ clauses: [{ attribute: "a", values: [] }] }] }, field: "rules[0].clauses[0].op" },
    ],
    [
      "clause values that are not an array",
      { given: { key: "s", rules: [{ clauses: [{ attribute: "a", op: "in", values: "x" }] }] }, field: "rules[0].clauses[0].values" },
    ],
    [
      "negate that is not a boolean",
      {
        given: { key: "s", rules: [{ clauses: [{ attribute: "a", op: "in", values: [], negate: "yes" }] }] },
        field: "rules[0].clauses[0].negate",
      },
    ],
    ["a weight that is not a number", { given: { key: "s", rules: [{ clauses: [], weight: "50" }] }, field: "rules[0].weight" }],
    [
      "a target key that is not a string",
      { given: { key: "s", includedContexts: [{ contextKind: "user", values: [1] }] }, field: "includedContexts[0].values[0]" },
    ],
    ["legacy keys that are not strings", { given: { key: "s", excluded: [null] }, field: "excluded[0]" }],
    ["a salt that is not a string", { given: { key: "s", salt: 1 }, field: "salt" }],
    ["a generation that is not a number", { given: { key: "s", generation: "1" }, field: "generation" }],
  ])("rejects %s", (_name, { given, field }) => {
    expect(compileSegment(given)).toMatchObject({ kind: "malformedSegment", field });
  });

  it("accepts null for absent optional fields, as the SDKs do", () => {
    const compiled = compileSegment({
      key: "s",
      included: null,
      rules: [{ _id: null, clauses: [], weight: null, bucketBy: null }],
      salt: null,
    });
    expect(compiled).toMatchObject({ key: "s", salt: undefined, rules: [{ id: undefined, weight: undefined }] });
  });

  it("compiles a segment once", () => {
    const segment = { key: "s" };
    expect(compileSegment(segment)).toBe(compileSegment(segment));
  });
});
