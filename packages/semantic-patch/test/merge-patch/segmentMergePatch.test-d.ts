import { describe, expectTypeOf, it } from "vitest";
import { segmentMergePatch, type SegmentMergePatch } from "../../src/index.js";

describe("segmentMergePatch (types)", () => {
  it("returns the generated merge patch type", () => {
    expectTypeOf(segmentMergePatch({ description: null, tags: ["beta"] })).toEqualTypeOf<SegmentMergePatch>();
  });

  it("rejects misuse", () => {
    // @ts-expect-error key is not a patchable field
    segmentMergePatch({ key: "beta-users" });
    // @ts-expect-error the name cannot be removed with null
    segmentMergePatch({ name: null });
    // @ts-expect-error rules need clauses
    segmentMergePatch({ rules: [{ weight: 10000 }] });
  });
});
