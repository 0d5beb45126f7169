import type { ContextInstance, UserSegment } from "@ldkit/client";
import { describe, expectTypeOf, it } from "vitest";
import { evaluateSegment } from "../src/evaluate-segment.js";
import type { EvaluateSegmentOptions } from "../src/options.js";
import type { SegmentEvaluation, SegmentMatchReason } from "../src/reason.js";
import type { SegmentInput } from "../src/segment.js";

declare const restSegment: UserSegment;
declare const contextInstance: ContextInstance;

describe("evaluateSegment types", () => {
  it("accepts @ldkit/client's UserSegment and ContextInstance as they are", () => {
    const asInput: SegmentInput = restSegment;
    expectTypeOf(asInput.key).toBeString();
    expectTypeOf(evaluateSegment(restSegment, contextInstance)).toEqualTypeOf<SegmentEvaluation>();
    expectTypeOf(
      evaluateSegment({ ...restSegment, salt: "abc" }, { kind: "multi", user: { key: "u" } }, { segments: { other: restSegment } }),
    ).toEqualTypeOf<SegmentEvaluation>();
  });

  it("narrows the reason on kind", () => {
    const { reason } = evaluateSegment(restSegment, { kind: "user", key: "u" });
    if (reason.kind === "rule") expectTypeOf(reason.ruleIndex).toBeNumber();
    if (reason.kind === "included") expectTypeOf(reason.contextKind).toBeString();
    if (reason.kind === "circularReference") expectTypeOf(reason.path).toEqualTypeOf<readonly string[]>();
    expectTypeOf<SegmentMatchReason["kind"]>().toEqualTypeOf<
      | "included"
      | "excluded"
      | "rule"
      | "none"
      | "bigSegment"
      | "bigSegmentNotConfigured"
      | "deleted"
      | "missingSalt"
      | "segmentNotFound"
      | "bigSegmentMembershipUnknown"
      | "circularReference"
      | "malformedSegment"
      | "invalidContext"
    >();
  });

  it("rejects misuse", () => {
    // @ts-expect-error a segment needs a key
    evaluateSegment({ rules: [] }, { kind: "user", key: "u" });
    // @ts-expect-error a context is an object, not a key
    evaluateSegment(restSegment, "user-1");
    // @ts-expect-error missingSegments is "undetermined" or "noMatch"
    const options: EvaluateSegmentOptions = { missingSegments: "ignore" };
    // @ts-expect-error memberships are booleans (or null) per segment reference
    evaluateSegment(restSegment, { key: "u" }, { bigSegmentMembership: { u: { "big.g1": "yes" } } });
    // @ts-expect-error clause values are an array
    evaluateSegment({ key: "s", rules: [{ clauses: [{ attribute: "a", op: "in", values: "x" }] }] }, { key: "u" });
    expectTypeOf(options).toEqualTypeOf<EvaluateSegmentOptions>();
  });
});
