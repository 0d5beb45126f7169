import { describe, expectTypeOf, it } from "vitest";
import { validateSegmentMergePatch, type SegmentMergePatch } from "../../src/index.js";

describe("validateSegmentMergePatch (types)", () => {
  it("returns the generated merge patch type", () => {
    expectTypeOf(validateSegmentMergePatch({ description: null, tags: ["beta"] })).toEqualTypeOf<SegmentMergePatch>();
  });

  it("rejects misuse", () => {
    // @ts-expect-error key is not a patchable field
    validateSegmentMergePatch({ key: "beta-users" });
    // @ts-expect-error the name cannot be removed with null
    validateSegmentMergePatch({ name: null });
    // @ts-expect-error rules need clauses
    validateSegmentMergePatch({ rules: [{ weight: 10000 }] });
  });
});
