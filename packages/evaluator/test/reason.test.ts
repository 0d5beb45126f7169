import { describe, expect, it } from "vitest";
import { isError, isUndetermined, type SegmentMatchReason } from "../src/reason.js";

describe("isError / isUndetermined", () => {
  it.each<[SegmentMatchReason["kind"], { error: boolean; undetermined: boolean }]>([
    ["included", { error: false, undetermined: false }],
    ["excluded", { error: false, undetermined: false }],
    ["rule", { error: false, undetermined: false }],
    ["none", { error: false, undetermined: false }],
    ["bigSegment", { error: false, undetermined: false }],
    ["bigSegmentNotConfigured", { error: false, undetermined: false }],
    ["deleted", { error: false, undetermined: false }],
    ["missingSalt", { error: false, undetermined: true }],
    ["segmentNotFound", { error: false, undetermined: true }],
    ["bigSegmentMembershipUnknown", { error: false, undetermined: true }],
    ["circularReference", { error: true, undetermined: false }],
    ["malformedSegment", { error: true, undetermined: false }],
    ["invalidContext", { error: true, undetermined: false }],
  ])("%s", (kind, { error, undetermined }) => {
    const reason = { kind } as SegmentMatchReason;
    expect([isError(reason), isUndetermined(reason)]).toEqual([error, undetermined]);
  });
});
