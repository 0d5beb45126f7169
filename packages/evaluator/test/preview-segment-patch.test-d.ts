import type { UserSegment } from "@ldkit/client";
import { describe, expectTypeOf, it } from "vitest";
import { previewSegmentPatch } from "../src/preview-segment-patch.js";

declare const restSegment: UserSegment;

describe("previewSegmentPatch types", () => {
  it("keeps the segment's and the contexts' types", () => {
    const contexts = [{ kind: "user", key: "u1", email: "a@b.c" }];
    const preview = previewSegmentPatch(
      restSegment,
      { instructions: [{ kind: "addIncludedTargets", contextKind: "org", values: ["o"] }] },
      contexts,
    );
    expectTypeOf(preview.segment).toEqualTypeOf<UserSegment>();
    expectTypeOf(preview.entering).toEqualTypeOf<readonly { kind: string; key: string; email: string }[]>();
    expectTypeOf(preview.contexts[0]!.after.match).toBeBoolean();
  });

  it("rejects misuse", () => {
    // @ts-expect-error not an instruction kind of patchSegment
    previewSegmentPatch(restSegment, { instructions: [{ kind: "turnFlagOn" }] }, []);
    // @ts-expect-error contexts is an array
    previewSegmentPatch(restSegment, [], { kind: "user", key: "u" });
    // @ts-expect-error options of neither the applier nor the evaluator
    previewSegmentPatch(restSegment, [], [], { dryRun: true });
  });
});
