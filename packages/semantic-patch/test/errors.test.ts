import { describe, expect, it } from "vitest";
import { SemanticPatchError, segment } from "../src/index.js";

describe("SemanticPatchError", () => {
  it("names the kind, the field and the rule in its message", () => {
    const error = new SemanticPatchError("addIncludedTargets", "values", "must not be empty");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("SemanticPatchError");
    expect(error.message).toBe("addIncludedTargets: values must not be empty");
    expect({ kind: error.kind, field: error.field, rule: error.rule }).toEqual({
      kind: "addIncludedTargets",
      field: "values",
      rule: "must not be empty",
    });
  });

  it("is what the builders throw", () => {
    expect(() => segment.addIncludedTargets({ contextKind: "org", values: [] })).toThrowError(
      new SemanticPatchError("addIncludedTargets", "values", "must not be empty"),
    );
  });
});
