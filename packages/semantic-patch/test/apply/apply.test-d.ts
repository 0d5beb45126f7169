import type { ExpiringTargetGetResponse, ExpiringUserTargetGetResponse, UserSegment } from "@ldkit/client";
import { describe, expectTypeOf, it } from "vitest";
import { segmentPatch } from "../../src/index.js";
import {
  applySegmentExpiringTargetsPatch,
  applySegmentExpiringUserTargetsPatch,
  applySegmentPatch,
  applySegmentPatchWithEffects,
  applyUserExpiringFlagsPatch,
  applySegmentExpiringTargetsPatchWithErrors,
  type FailedInstruction,
  type Segment,
  type SegmentPatchEffect,
} from "../../src/apply/index.js";

declare const userSegment: UserSegment;
declare const expiring: ExpiringTargetGetResponse;
declare const expiringUsers: ExpiringUserTargetGetResponse;
const body = segmentPatch("production")
  .addTags({ values: ["beta"] })
  .build();

describe("appliers (types)", () => {
  it("accepts the client's UserSegment and returns its type, assignable back", () => {
    const next = applySegmentPatch(userSegment, body);
    expectTypeOf(next).toEqualTypeOf<UserSegment>();
    const back: UserSegment = next;
    void back;
    const { segment, effects } = applySegmentPatchWithEffects(userSegment, [{ op: "replace", path: "/name", value: "x" }]);
    expectTypeOf(segment).toEqualTypeOf<UserSegment>();
    expectTypeOf(effects).toEqualTypeOf<readonly SegmentPatchEffect[]>();
  });

  it("takes every patchSegment body format", () => {
    const s: Segment = { key: "k", name: "n", tags: [], creationDate: 1, version: 1, rules: [] };
    applySegmentPatch(s, { instructions: [{ kind: "updateName", value: "x" }] });
    applySegmentPatch(s, { patch: [{ op: "test", path: "/version", value: 1 }], comment: "c" });
    applySegmentPatch(s, [{ op: "remove", path: "/description" }]);
    applySegmentPatch(s, { description: null });
    const other = { kind: "addExpiringTarget", targetType: "included", contextKind: "u", contextKey: "k", value: 1 } as const;
    // @ts-expect-error an instruction of another operation
    applySegmentPatch(s, { instructions: [other] });
    // @ts-expect-error not a segment: no key
    applySegmentPatch({ name: "n", tags: [], creationDate: 1, version: 1, rules: [] }, body);
    // @ts-expect-error a merge patch of a read-only field
    applySegmentPatch(s, { key: "other" });
  });

  it("accepts the client's expiring-target responses and returns their types", () => {
    expectTypeOf(
      applySegmentExpiringTargetsPatch(expiring, {
        instructions: [{ kind: "removeExpiringTarget", targetType: "included", contextKind: "user", contextKey: "k" }],
      }),
    ).toEqualTypeOf<ExpiringTargetGetResponse>();
    expectTypeOf(
      applySegmentExpiringUserTargetsPatch(expiringUsers, {
        instructions: [{ kind: "removeExpireUserTargetDate", targetType: "included", userKey: "k" }],
      }),
    ).toEqualTypeOf<ExpiringUserTargetGetResponse>();
    expectTypeOf(
      applyUserExpiringFlagsPatch(expiringUsers, {
        instructions: [{ kind: "removeExpireUserTargetDate", flagKey: "f", variationId: "v" }],
      }),
    ).toEqualTypeOf<ExpiringUserTargetGetResponse>();
    expectTypeOf(
      applySegmentExpiringTargetsPatchWithErrors(expiring, {
        instructions: [{ kind: "removeExpiringTarget", targetType: "included", contextKind: "user", contextKey: "k" }],
      }).errors,
    ).toEqualTypeOf<readonly FailedInstruction[]>();
    // @ts-expect-error a user-settings instruction in a segment expiring-targets patch
    applySegmentExpiringTargetsPatch(expiring, { instructions: [{ kind: "removeExpireUserTargetDate", flagKey: "f", variationId: "v" }] });
  });
});
